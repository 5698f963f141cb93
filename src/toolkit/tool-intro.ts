/**
 * What a tool's document says about the tool before its Markdown: its title,
 * its facts (purpose, who fills it in, when, the model's stage), the note that
 * it is not an official form with the address of its HTML page, and its
 * sources. The PDF (tool-section.ts) and the DOCX (docx/tool.ts) read it here,
 * so both say the same.
 */
import type { Tool } from '../content/entries.ts';
import type { ToolPageDescription } from '../content/page-description.ts';
import { TOOL_FACT_LABELS as L } from '../content/tool-facts.ts';
import { WORDS } from '../domain/words/index.ts';

export interface ToolDescription {
  readonly title: string;
  /** Name and value of each fact, in reading order. */
  readonly facts: readonly (readonly [string, string])[];
  /** „not an official form”, then the lead-in to the HTML page's address. */
  readonly disclaimer: string;
  /** Absolute address of the tool's HTML page, its primary accessible version. */
  readonly htmlUrl: string;
  readonly sources: Tool['data']['zrodla'];
}

/** The document's view of the tool page's description (src/content/page-description.ts). */
export function describeTool(tool: Tool, page: ToolPageDescription): ToolDescription {
  const t = page.tool;
  return {
    title: tool.data.tytul,
    facts: [
      [L.purpose, t.purpose],
      [L.filledBy, t.filledBy],
      [L.when, t.when],
      [L.stage, t.stage.label],
    ],
    disclaimer: `${t.disclaimer} ${WORDS.pdf.primaryVersion}`,
    htmlUrl: page.url,
    sources: tool.data.zrodla,
  };
}
