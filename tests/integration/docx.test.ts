import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Root } from 'mdast';
import { parse } from 'node-html-parser';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { fieldOf } from '../../src/content/blocks.ts';
import { DOWNLOADS_DIR, toolDocxPath } from '../../src/content/bundles.ts';
import { editableDetails } from '../../src/content/downloads.ts';
import { readManifest } from '../../src/content/manifest.ts';
import { all, coreProperty, first, headerPart, readDocx, styleOf, textOf } from '../support/docx.ts';
import { validContent } from '../support/content.ts';

const { fixture, real } = inject('sites');

/** What a tool's body asks of its document: tables, sections, lines to write on, checkboxes. */
function formOf(body: Root) {
  let tables = 0;
  let sections = 0;
  const fields: string[] = [];
  const boxes: number[] = [];
  visit(body, (node) => {
    if (node.type === 'table') tables++;
    if (node.type === 'heading' && (node as Heading).depth === 2) sections++;
    if (node.type === 'paragraph') {
      const field = fieldOf(node);
      if (field) fields.push(field.label);
    }
    if (node.type === 'listItem' && typeof node.checked === 'boolean') boxes.push(1);
  });
  return { tables, sections, fields, boxes: boxes.length };
}

/** Text with Polish typography's non-breaking spaces („z\u00A0regionalnym”) as plain spaces. */
const plain = (s: string) => s.replace(/\u00A0/g, ' ');

describe.each([
  ['fixture content', fixture],
  ['the project’s content', real],
])('DOCX files built from %s', (_name, site) => {
  const c = validContent(site.content);
  const manifest = readManifest(join(site.dir, DOWNLOADS_DIR))!;

  it('has a DOCX for every tool next to its PDF, listed in the manifest with the size of the built file', () => {
    for (const tool of c.tools) {
      const entry = manifest.tools[tool.id]!.docx!;
      expect(entry.path, tool.file).toBe(toolDocxPath(tool));
      expect(existsSync(join(site.dir, entry.path)), entry.path).toBe(true);
      expect(statSync(join(site.dir, entry.path)).size).toBe(entry.bytes);
    }
  });

  describe.each(c.tools.map((t) => [t.slug, t] as const))('the DOCX of „%s”', (_slug, tool) => {
    const docx = readDocx(join(site.dir, toolDocxPath(tool)));
    const paragraphs = all(docx.document, 'w:p');
    const form = formOf(tool.body);

    it('has the tool’s title, Polish as its language and the institution as its author', () => {
      expect(coreProperty(docx, 'dc:title')).toBe(tool.data.tytul);
      expect(coreProperty(docx, 'dc:language')).toBe('pl-PL');
      expect(coreProperty(docx, 'dc:creator')).toBe(c.settings.instytucja.nazwa);
      expect(first(first(docx.styles, 'w:docDefaults')!, 'w:lang')?.attrs['w:val']).toBe('pl-PL');
    });

    it('sets the title in „Nagłówek 1” and each section of the tool in „Nagłówek 2”', () => {
      const heading1 = all(docx.styles, 'w:style').find((s) => s.attrs['w:styleId'] === 'Heading1')!;
      expect(first(heading1, 'w:name')?.attrs['w:val']).toBe('Nagłówek 1');
      expect(paragraphs.filter((p) => styleOf(p) === 'Heading1').map(textOf)).toEqual([tool.data.tytul]);
      const sources = tool.data.zrodla.length > 0 ? 1 : 0;
      expect(paragraphs.filter((p) => styleOf(p) === 'Heading2')).toHaveLength(form.sections + sources);
    });

    it('keeps the facts block with its Polish letters and the disclaimer', () => {
      const text = paragraphs.map((p) => plain(textOf(p)));
      expect(text).toContain(`Kto wypełnia: ${plain(tool.data.kto_wypelnia)}`.replace(/\s+/g, ' '));
      expect(text.some((t) => t.startsWith(plain(c.settings.teksty.zastrzezenie_wzoru)))).toBe(true);
    });

    it('has a table with a repeated header row for each table of the tool', () => {
      const tables = all(docx.document, 'w:tbl');
      expect(tables).toHaveLength(form.tables);
      for (const table of tables) expect(first(all(table, 'w:tr')[0]!, 'w:tblHeader')).toBeDefined();
    });

    it('has a labelled line to write on for each field and a check-box content control for each task item', () => {
      const fields = paragraphs.filter((p) => styleOf(p) === 'Pole' && /:\s*\t?$/.test(textOf(p).split('\n')[0]!) && textOf(p).trim().length > 1);
      expect(fields.map((p) => textOf(p).replace(/:\s*\t?$|:\s*\n\t$/, ''))).toEqual(form.fields);
      expect(all(docx.document, 'w:sdt').filter((s) => first(s, 'w14:checkbox'))).toHaveLength(form.boxes);
    });

    it('carries the logo strip with its alt text in the first page’s header', () => {
      expect(first(headerPart(docx, 'first')!, 'wp:docPr')?.attrs.descr).toBe(c.settings.logotypy.alt);
    });
  });

  it('lists each tool’s DOCX on its page and on the downloads page, with its type and measured size', () => {
    const downloads = parse(readFileSync(join(site.dir, 'do-pobrania/index.html'), 'utf8'));
    for (const tool of c.tools) {
      const entry = manifest.tools[tool.id]!.docx!;
      const details = editableDetails(entry);
      const page = parse(readFileSync(join(site.dir, tool.path, 'index.html'), 'utf8'));
      const link = page.querySelectorAll('.download a').find((a) => a.getAttribute('href') === entry.path);
      expect(plain(link?.text ?? ''), tool.path).toContain(tool.data.tytul);
      expect(page.querySelector('.download')!.text).toContain(details);
      const item = downloads.querySelectorAll('main li').find((li) => li.querySelector(`a[href="${entry.path}"]`));
      expect(item?.text, tool.path).toContain(details);
      expect(plain(item?.text ?? '')).toContain(tool.data.tytul);
    }
  });
});
