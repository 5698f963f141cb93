/**
 * What a tool's document says about the tool before its Markdown: its title,
 * its facts (purpose, who fills it in, when, the model's stage), the note that
 * it is not an official form with the address of its HTML page, and its
 * sources. The PDF (tool-section.ts) and the DOCX (docx/tool.ts) read it here,
 * so both say the same.
 */
import type { Tool } from '../content/entries.ts';
import { STAGES, label } from '../domain/vocabulary.ts';

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

export function describeTool(tool: Tool, htmlUrl: string): ToolDescription {
  const d = tool.data;
  return {
    title: d.tytul,
    facts: [
      ['Cel', d.cel],
      ['Kto wypełnia', d.kto_wypelnia],
      ['Kiedy', d.kiedy],
      ['Etap modelu', label(STAGES, d.etap)],
    ],
    disclaimer: 'Wzór przygotowany na potrzeby serwisu; nie jest oficjalnym formularzem. Podstawowa, w pełni dostępna wersja: ',
    htmlUrl,
    sources: d.zrodla,
  };
}
