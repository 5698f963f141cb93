/** How entries relate: which tools and recommendations serve a model or a stage. */
import { allEntries, entryKey, type Content, type Model, type Recommendation, type Tool } from './entries.ts';
import type { MunicipalityTypeId } from '../domain/municipalities.ts';
import { STAGES, label, type StageId } from '../domain/vocabulary.ts';

/** Tools in the bundle of a municipality type, in bundle order. */
export function toolsFor(content: Content, type: MunicipalityTypeId): Tool[] {
  return content.tools.filter((t) => t.data.typy_gmin.includes(type));
}

/** Recommendations that apply to a municipality type, by number. */
export function recommendationsFor(content: Content, type: MunicipalityTypeId): Recommendation[] {
  return content.recommendations.filter((r) => r.data.typy_gmin.includes(type));
}

/** Tools of a type that serve a stage. */
export function toolsForStage(content: Content, type: MunicipalityTypeId, stage: StageId): Tool[] {
  return toolsFor(content, type).filter((t) => t.data.etap === stage);
}

/** The model of a municipality type (validation guarantees there is one). */
export function modelOf(content: Content, type: MunicipalityTypeId): Model {
  const model = content.models.find((m) => m.data.typ_gminy === type);
  if (!model) throw new Error(`No model for ${type}`);
  return model;
}

/** A stage's heading in a model: the model's own `nazwa`, else the shared label. */
export function stageName(model: Model, stage: StageId): string {
  return model.data.etapy.find((e) => e.etap === stage)?.nazwa ?? label(STAGES, stage);
}

/** Tools that serve any of the stages a recommendation names, in the types it applies to. */
export function toolsForRecommendation(content: Content, rec: Recommendation): Tool[] {
  return content.tools.filter(
    (t) => rec.data.etapy.includes(t.data.etap) && t.data.typy_gmin.some((type) => rec.data.typy_gmin.includes(type)),
  );
}

/** Recommendations that name the stage a tool serves, in the types it applies to. */
export function recommendationsForTool(content: Content, tool: Tool): Recommendation[] {
  return content.recommendations.filter(
    (r) => r.data.etapy.includes(tool.data.etap) && r.data.typy_gmin.some((type) => tool.data.typy_gmin.includes(type)),
  );
}

/** Entries named in `powiazane`, resolved. */
export function related(content: Content, refs: readonly string[]) {
  const all = allEntries(content);
  return refs.flatMap((ref) => all.filter((e) => entryKey(e) === ref));
}
