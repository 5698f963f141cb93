/** One tool in a PDF: its title, the facts and disclaimer of its page's description, then its Markdown. */
import type { Tool } from '../content/entries.ts';
import type { ToolPageDescription } from '../content/page-description.ts';
import type { Doc, Struct } from './document.ts';
import { TYPE } from './geometry.ts';
import { describeTool } from './tool-intro.ts';
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
  const d = describeTool(tool, options.page);
  writer.headingText(d.title, options.level, sect);
  for (const [name, value] of d.facts) {
    writer.runs([{ text: `${name}: `, bold: true, italic: false }, ...writer.typeset(value)], sect);
    doc.y -= TYPE.paragraphGap - 2;
  }
  doc.y += TYPE.paragraphGap;
  writer.runs(
    [
      { text: d.disclaimer, bold: false, italic: true },
      { text: d.htmlUrl, bold: false, italic: true, href: d.htmlUrl },
    ],
    sect,
    'P',
    TYPE.small + 0.5,
  );
  writer.blocks(tool.body.children, sect);
  sect.end();
}
