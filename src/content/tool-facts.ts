/**
 * What a tool page and a tool's PDF section state about the tool besides its
 * text: what it is for, who fills it in and when, the stage it serves (in the
 * shared vocabulary and as each model names it), whether the sources name it,
 * the bundles it is in, and the „not an official form” sentence.
 */
import { MUNICIPALITY_TYPES, municipalityType, sortMunicipalityTypes, type MunicipalityTypeId } from '../domain/municipalities.ts';
import { STAGES, label, type StageId } from '../domain/vocabulary.ts';
import { WORDS } from '../domain/words/index.ts';
import { bundlesOf } from './bundles.ts';
import type { Content, Tool } from './entries.ts';
import { modelOf, stageName } from './relations.ts';
import { entryPath } from './routes.ts';

/** How facts are labelled on the tool page and in the PDF (from the dictionary). */
export const TOOL_FACT_LABELS = {
  purpose: WORDS.toolFacts.purpose,
  filledBy: WORDS.toolFacts.whoFills,
  when: WORDS.toolFacts.when,
  stage: WORDS.toolFacts.stage,
  basis: WORDS.pages.tool.basis,
  types: WORDS.common.forWhom,
} as const;

/** The stage as one model names it, with the anchor of that stage on the model's page. */
export interface StageInModel {
  readonly type: MunicipalityTypeId;
  /** „gminy wiejskie”. */
  readonly typeLabel: string;
  /** The model's own name of the stage, else the shared label. */
  readonly name: string;
  /** Site path of the stage on the model page: „/modele/gminy-wiejskie/#etap-diagnoza”. */
  readonly path: string;
}

export interface ToolFacts {
  readonly purpose: string;
  readonly filledBy: string;
  readonly when: string;
  readonly stage: {
    readonly id: StageId;
    /** The shared label („Diagnoza”), as the PDF prints it. */
    readonly label: string;
    /** In the declared order of municipality types. */
    readonly inModels: readonly StageInModel[];
  };
  /** Whether the sources about each model name such a document. */
  readonly basis: string;
  /** The municipality types the tool is for, in declared order. */
  readonly types: readonly MunicipalityTypeId[];
  /** The PDF bundles the tool is part of. */
  readonly bundles: readonly { readonly title: string; readonly path: string }[];
}

/**
 * The „not an official form” sentence of every tool, on its page and in its
 * PDF: the institution's wording from ustawienia.yaml (teksty.zastrzezenie_wzoru).
 */
export function toolDisclaimer(content: Pick<Content, 'settings'>): string {
  return content.settings.teksty.zastrzezenie_wzoru;
}

/** „źródła o modelu dla gmin wiejskich wymieniają takie narzędzie…”, or that the template is the site's own proposal. */
function basisOf(tool: Tool): string {
  const d = tool.data;
  const types = sortMunicipalityTypes(d.typy_gmin).map(municipalityType);
  const named = types.filter((t) => d.w_zrodlach.includes(t.id));
  const t = WORDS.pages.tool;
  return named.length === 0
    ? t.proposed
    : `${t.named(named.map((m) => m.forPlural).join(t.namedJoin))}${named.length < types.length ? t.proposedForOthers : ''}`;
}

export function toolFacts(content: Content, tool: Tool): ToolFacts {
  const d = tool.data;
  const types = MUNICIPALITY_TYPES.filter((t) => d.typy_gmin.includes(t.id));
  return {
    purpose: d.cel,
    filledBy: d.kto_wypelnia,
    when: d.kiedy,
    stage: {
      id: d.etap,
      label: label(STAGES, d.etap),
      inModels: types.map((t) => ({
        type: t.id,
        typeLabel: t.plural,
        name: stageName(modelOf(content, t.id), d.etap),
        path: `${entryPath('model', t.slug)}#etap-${d.etap}`,
      })),
    },
    basis: basisOf(tool),
    types: types.map((t) => t.id),
    bundles: bundlesOf(content)
      .filter((b) => b.tools.includes(tool))
      .map((b) => ({ title: b.title, path: b.path })),
  };
}
