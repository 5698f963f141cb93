/**
 * The order of tools in a bundle and in lists: by the stage of the model they
 * serve (the declared order of STAGES), then by `kolejnosc`, then by title. A
 * new tool thus takes its place among the tools of its stage.
 */
import { STAGES } from '../domain/vocabulary.ts';
import type { ToolData } from './schemas/tool.ts';

/** A tool, as far as its order goes (the registry sorts with this, so it cannot import the entry types). */
type Tool = { readonly data: ToolData };

const stageIndex = (tool: Tool) => STAGES.findIndex((s) => s.id === tool.data.etap);

/** Compares two tools for bundle order. */
export function byBundleOrder(a: Tool, b: Tool): number {
  return stageIndex(a) - stageIndex(b) || a.data.kolejnosc - b.data.kolejnosc || a.data.tytul.localeCompare(b.data.tytul, 'pl');
}
