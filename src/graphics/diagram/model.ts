/**
 * What a model's two diagrams show, taken from the model's validated data:
 * the structure (who sits at the table, on which tier, with which sectors
 * around them) and the path of implementation (stages, steps, tools). The
 * pictures, their text equivalents and the PDF figures are all drawn from
 * these two values, so they cannot drift from the content.
 */
import type { Content, Model } from '../../content/entries.ts';
import { municipalityType } from '../../domain/municipalities.ts';
import { SECTORS, STAGES, TIERS, label, type StageId, type TierId } from '../../domain/vocabulary.ts';
import { toolsForStage } from '../../content/relations.ts';
import { listPageOf } from '../../content/list-pages.ts';
import { capped, STAGE_TOOLS_INLINE } from '../../content/paging.ts';
import { countOf, NOUNS } from '../../typography/plural.ts';
import { WORDS } from '../../domain/words/index.ts';

export interface StructureNode {
  readonly name: string;
  readonly short?: string;
  readonly description: string;
}

export interface StructureDiagram {
  readonly kind: 'struktura';
  readonly title: string;
  /** One or two sentences for the SVG <desc> and the PDF figure's alt text. */
  readonly summary: string;
  readonly project: { readonly name: string; readonly lead: string; readonly partners: readonly string[] };
  /** Tiers that have at least one team or role, in the declared order. */
  readonly tiers: readonly { readonly id: TierId; readonly label: string; readonly nodes: readonly StructureNode[] }[];
  readonly sectors: readonly string[];
}

export interface PathStep {
  /** The step as the model states it. */
  readonly text: string;
  /** Its first clause, for the picture; the text equivalent keeps the whole step. */
  readonly short: string;
}

export interface PathStage {
  readonly id: StageId;
  readonly number: number;
  readonly label: string;
  /** Site path of the stage's section on the model page. */
  readonly path: string;
  readonly steps: readonly PathStep[];
  /** The first STAGE_TOOLS_INLINE tools of the stage (src/content/paging.ts). */
  readonly tools: readonly { readonly title: string; readonly path: string }[];
  /** How many more tools serve the stage, and the tools list page where they are (its stage section). */
  readonly more: { readonly count: number; readonly path: string };
}

export interface PathDiagram {
  readonly kind: 'etapy';
  readonly title: string;
  readonly summary: string;
  readonly inferredOrder: boolean;
  readonly stages: readonly PathStage[];
}

/** The anchor of a stage's section on its model page. */
export const stageAnchor = (stage: StageId) => `etap-${stage}`;

const SHORT_MAX = 90;

/**
 * The first clause of a step: the text before a dash, a semicolon or a
 * parenthesis, when that leaves a meaningful phrase; longer leftovers are
 * cut at a word boundary with an ellipsis.
 */
export function shortStep(text: string): string {
  const cut = /\s[–—-]\s|;\s|\s\(|:\s/.exec(text);
  let short = cut && cut.index >= 20 ? text.slice(0, cut.index) : text;
  short = short.replace(/[.,]$/, '');
  if (short.length <= SHORT_MAX) return short;
  const words = short.slice(0, SHORT_MAX).split(' ');
  words.pop();
  return `${words.join(' ').replace(/[,;:]$/, '')}…`;
}

export function structureDiagram(model: Model): StructureDiagram {
  const d = model.data;
  const type = municipalityType(d.typ_gminy);
  const tiers = TIERS.map((tier) => ({
    id: tier.id,
    label: tier.label,
    nodes: d.struktury
      .filter((s) => s.szczebel === tier.id)
      .map((s) => ({ name: s.nazwa, ...(s.skrot ? { short: s.skrot } : {}), description: s.opis })),
  })).filter((t) => t.nodes.length > 0);
  const sectors = d.sektory.map((s) => label(SECTORS, s));
  const teams = d.struktury.map((s) => s.skrot ?? s.nazwa);
  return {
    kind: 'struktura',
    title: WORDS.diagrams.structureTitle(type.forPlural),
    summary: WORDS.diagrams.structureSummary(type.forPlural, tiers.map((t) => t.label.toLowerCase()).join(', '), teams.join(', '), countOf(sectors.length, NOUNS.sector), sectors.join(', ')),
    project: { name: d.projekt.nazwa, lead: d.projekt.lider, partners: d.projekt.partnerzy },
    tiers,
    sectors,
  };
}

export function pathDiagram(content: Content, model: Model): PathDiagram {
  const d = model.data;
  const type = municipalityType(d.typ_gminy);
  let tools = 0;
  const stages = d.etapy.map((e, i) => {
    const all = toolsForStage(content, d.typ_gminy, e.etap);
    tools += all.length;
    const { shown, more } = capped(all, STAGE_TOOLS_INLINE);
    return {
      id: e.etap,
      number: i + 1,
      label: e.nazwa ?? label(STAGES, e.etap),
      path: `${model.path}#${stageAnchor(e.etap)}`,
      steps: e.kroki.map((k) => ({ text: k, short: shortStep(k) })),
      tools: shown.map((t) => ({ title: t.data.tytul, path: t.path })),
      more: { count: more, path: more > 0 ? `${listPageOf(content, 'narzedzie', all[STAGE_TOOLS_INLINE]!)}#${stageAnchor(e.etap)}` : '' },
    };
  });
  const steps = stages.reduce((n, s) => n + s.steps.length, 0);
  return {
    kind: 'etapy',
    title: WORDS.diagrams.pathTitle(type.forPlural),
    summary: `${WORDS.diagrams.pathSummary(countOf(stages.length, NOUNS.stage), stages.map((s) => `${s.number}. ${s.label}`).join('; '), countOf(steps, NOUNS.step), countOf(tools, NOUNS.tool))}${d.kolejnosc_etapow === 'wywnioskowana' ? WORDS.diagrams.inferredOrder : ''}`,
    inferredOrder: d.kolejnosc_etapow === 'wywnioskowana',
    stages,
  };
}
