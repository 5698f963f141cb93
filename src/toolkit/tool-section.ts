/** One tool in a PDF: its title, the facts and disclaimer of its page's description, then its Markdown. */
import type { Tool } from '../content/entries.ts';
import type { ToolPageDescription } from '../content/page-description.ts';
import { TOOL_FACT_LABELS as L } from '../content/tool-facts.ts';
import { WORDS } from '../domain/words/index.ts';
import type { Doc, Struct } from './document.ts';
import { TYPE } from './geometry.ts';
import type { MarkdownWriter } from './writer.ts';

export interface ToolSectionOptions {
  /** Heading level of the tool's title: 1 in its own PDF, 2 in a bundle. */
  readonly level: number;
  /** The description of the tool's HTML page, its primary accessible version: facts, disclaimer, address. */
  readonly page: ToolPageDescription;
}

export function writeTool(doc: Doc, writer: MarkdownWriter, tool: Tool, parent: Struct, options: ToolSectionOptions): void {
  const sect = doc.struct('Sect');
  parent.add(sect);
  const { tool: t, url } = options.page;
  writer.headingText(tool.data.tytul, options.level, sect);
  const facts: [string, string][] = [
    [L.purpose, t.purpose],
    [L.filledBy, t.filledBy],
    [L.when, t.when],
    [L.stage, t.stage.label],
  ];
  for (const [name, value] of facts) {
    writer.runs([{ text: `${name}: `, bold: true, italic: false }, ...writer.typeset(value)], sect);
    doc.y -= TYPE.paragraphGap - 2;
  }
  doc.y += TYPE.paragraphGap;
  writer.runs(
    [
      { text: `${t.disclaimer} ${WORDS.pdf.primaryVersion}`, bold: false, italic: true },
      { text: url, bold: false, italic: true, href: url },
    ],
    sect,
    'P',
    TYPE.small + 0.5,
  );
  writer.blocks(tool.body.children, sect);
  sect.end();
}
