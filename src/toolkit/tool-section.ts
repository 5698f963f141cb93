/** One tool in a PDF: its title, what it is for, who fills it in and when, then its Markdown. */
import type { Tool } from '../content/entries.ts';
import { STAGES, label } from '../domain/vocabulary.ts';
import { WORDS } from '../domain/words/index.ts';
import type { Doc, Struct } from './document.ts';
import { TYPE } from './geometry.ts';
import type { MarkdownWriter } from './writer.ts';

export interface ToolSectionOptions {
  /** Heading level of the tool's title: 1 in its own PDF, 2 in a bundle. */
  readonly level: number;
  /** Absolute address of the tool's HTML page, its primary accessible version. */
  readonly htmlUrl: string;
  /** The institution's disclaimer for one template (`teksty.zastrzezenie_wzoru`). */
  readonly disclaimer: string;
}

export function writeTool(doc: Doc, writer: MarkdownWriter, tool: Tool, parent: Struct, options: ToolSectionOptions): void {
  const sect = doc.struct('Sect');
  parent.add(sect);
  const d = tool.data;
  writer.headingText(d.tytul, options.level, sect);
  const facts: [string, string][] = [
    [WORDS.toolFacts.purpose, d.cel],
    [WORDS.toolFacts.whoFills, d.kto_wypelnia],
    [WORDS.toolFacts.when, d.kiedy],
    [WORDS.toolFacts.stage, label(STAGES, d.etap)],
  ];
  for (const [name, value] of facts) {
    writer.runs([{ text: `${name}: `, bold: true, italic: false }, ...writer.typeset(value)], sect);
    doc.y -= TYPE.paragraphGap - 2;
  }
  doc.y += TYPE.paragraphGap;
  writer.runs(
    [
      { text: `${options.disclaimer} ${WORDS.pdf.primaryVersion}`, bold: false, italic: true },
      { text: options.htmlUrl, bold: false, italic: true, href: options.htmlUrl },
    ],
    sect,
    'P',
    TYPE.small + 0.5,
  );
  writer.blocks(tool.body.children, sect);
  sect.end();
}
