import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundlesOf, DOWNLOADS_DIR, toolPdfPath } from '../../src/content/bundles.ts';
import { readManifest } from '../../src/content/manifest.ts';
import { fileDetails } from '../../src/content/downloads.ts';
import { pathDiagram, structureDiagram } from '../../src/graphics/diagram/model.ts';
import { modelDiagrams } from '../../src/toolkit/diagram.ts';
import { missingLabels } from '../support/checks/diagram.ts';
import { figureAlts, hasStructTree, internalLinks, openPdf, pageText, pdfInfo, structRoles, unembeddedFonts } from '../support/pdf.ts';
import { validContent } from '../support/content.ts';

const { fixture, real } = inject('sites');

describe.each([
  ['fixture content', fixture],
  ['the project’s content', real],
])('PDF toolkits built from %s', (_name, site) => {
  const c = validContent(site.content);
  const pdfFile = (path: string) => join(site.dir, path);

  describe.each(bundlesOf(c).map((b) => [b.title, b] as const))('the bundle „%s”', (_title, bundle) => {
    let pdf: PDFDocumentProxy;
    const model = c.models.find((m) => m.data.typ_gminy === bundle.type.id)!;
    beforeAll(async () => {
      pdf = await openPdf(pdfFile(bundle.path));
    });

    it('has the bundle title, Polish as its language and a page count to match the manifest', async () => {
      const info = await pdfInfo(pdf);
      expect(info.Title).toBe(bundle.title);
      expect(info.Language).toBe('pl-PL');
      expect(pdf.numPages).toBe(readManifest(join(site.dir, DOWNLOADS_DIR))!.bundles[bundle.type.id]!.pages);
    });

    it('has a structure tree with headings, a table of contents, lists and tables', async () => {
      expect(await hasStructTree(pdfFile(bundle.path))).toBe(true);
      const roles = new Set(await structRoles(pdf));
      for (const role of ['Document', 'H1', 'H2', 'TOC', 'TOCI', 'Link', 'P', 'Sect']) expect(roles, role).toContain(role);
      if (bundle.tools.some((t) => JSON.stringify(t.body).includes('"table"'))) {
        for (const role of ['Table', 'TR', 'TH', 'TD']) expect(roles, role).toContain(role);
      }
    });

    it('has a bookmark for the model’s diagrams, then one per tool, in bundle order', async () => {
      const outline = await pdf.getOutline();
      expect(outline.map((o) => o.title)).toEqual(['Schematy modelu', ...bundle.tools.map((t) => t.data.tytul)]);
      expect(outline[0]!.items.map((o) => o.title)).toEqual(modelDiagrams(c, model).map((d) => d.title));
    });

    it('draws the model’s two diagrams as figures whose alt text summarises them, with every label as text', async () => {
      const links = await internalLinks(pdf, 2);
      const first = links.find((l) => l.dest === 'schematy-modelu')!.target;
      const firstTool = links.find((l) => l.dest === `narzedzie-${bundle.tools[0]!.slug}`)!.target;
      expect(firstTool).toBeGreaterThan(first);
      const alts: string[] = [];
      let text = '';
      for (let i = first; i < firstTool; i++) {
        alts.push(...(await figureAlts(pdf, i)));
        text += `${await pageText(pdf, i)} `;
      }
      const structure = structureDiagram(model);
      const path = pathDiagram(c, model);
      expect(new Set(alts)).toEqual(new Set([structure.summary, path.summary]));
      expect(missingLabels(structure, [text])).toEqual([]);
      expect(missingLabels(path, [text])).toEqual([]);
    });

    it('numbers the pages from the first page after an unnumbered cover', async () => {
      const labels = await pdf.getPageLabels();
      expect(labels?.slice(0, 3)).toEqual(['Okładka', '1', '2']);
    });

    it('links each contents entry to the page where its tool starts, and prints that page’s number', async () => {
      const links = await internalLinks(pdf, 2);
      const labels = (await pdf.getPageLabels())!;
      for (const tool of bundle.tools) {
        const link = links.find((l) => l.dest === `narzedzie-${tool.slug}`);
        expect(link, tool.id).toBeDefined();
        expect(await pageText(pdf, link!.target)).toContain(tool.data.tytul.slice(0, 30));
        expect(await pageText(pdf, 2)).toContain(tool.data.tytul.slice(0, 30));
        expect(await pageText(pdf, 2)).toMatch(new RegExp(`\\b${labels[link!.target - 1]}\\b`));
      }
    });

    it('extracts every tool’s title with its Polish letters', async () => {
      let text = '';
      for (let i = 1; i <= pdf.numPages; i++) text += `${await pageText(pdf, i)} `;
      for (const tool of bundle.tools) expect(text).toContain(tool.data.tytul.slice(0, 30));
    });

    it('carries the EU logo strip with its alt text on the cover', async () => {
      expect(await figureAlts(pdf, 1)).toEqual([c.settings.logotypy.alt]);
    });

    it('embeds every font', async () => {
      expect(await unembeddedFonts(pdfFile(bundle.path))).toEqual([]);
    });
  });

  it('builds a PDF for every tool, titled with the tool', async () => {
    for (const tool of c.tools) {
      const pdf = await openPdf(pdfFile(toolPdfPath(tool)));
      const info = await pdfInfo(pdf);
      expect(info.Title).toBe(tool.data.tytul);
      expect(info.Language).toBe('pl-PL');
      expect((await pdf.getOutline())[0]?.title).toBe(tool.data.tytul);
      expect((await figureAlts(pdf, 1))[0]).toBe(c.settings.logotypy.alt);
    }
  });

  it('shows on the site the sizes and page counts of the files actually built', () => {
    const manifest = readManifest(join(site.dir, DOWNLOADS_DIR))!;
    const downloads = readFileSync(join(site.dir, 'do-pobrania/index.html'), 'utf8');
    for (const b of bundlesOf(c)) {
      const entry = manifest.bundles[b.type.id]!;
      expect(statSync(pdfFile(entry.path)).size).toBe(entry.bytes);
      expect(downloads).toContain(fileDetails(entry));
      expect(existsSync(pdfFile(b.thumbnail))).toBe(true);
    }
    for (const tool of c.tools) {
      const entry = manifest.tools[tool.id]!;
      expect(statSync(pdfFile(entry.path)).size).toBe(entry.bytes);
      expect(readFileSync(join(site.dir, tool.path, 'index.html'), 'utf8')).toContain(fileDetails(entry));
    }
  });
});

describe('an image in a tool', () => {
  it('becomes a Figure with its alt text in the tool’s PDF and an img with alt on its page', async () => {
    const pdf = await openPdf(join(fixture.dir, '/do-pobrania/narzedzia/deklaracja.pdf'));
    expect(await figureAlts(pdf, 1)).toContain('Schemat: gmina, powiat i województwo w jednym zespole');
    expect(readFileSync(join(fixture.dir, 'narzedzia/deklaracja/index.html'), 'utf8')).toContain('alt="Schemat: gmina, powiat i województwo w jednym zespole"');
  });
});

describe('an attached PDF', () => {
  it('follows its tool in the bundle, with a bookmark beneath the tool’s', async () => {
    const c = validContent(fixture.content);
    const bundle = bundlesOf(c).find((b) => b.type.id === 'miejska')!;
    const pdf = await openPdf(join(fixture.dir, bundle.path));
    const outline = await pdf.getOutline();
    const tool = outline.find((o) => o.title === 'Karta diagnozy rodziny')!;
    expect(tool.items.map((i) => i.title)).toContain('Załącznik: formularz-zewnetrzny.pdf');
    expect(await pageText(pdf, pdf.numPages)).toContain('Formularz zewnetrzny - strona 2');
    expect(await pageText(pdf, pdf.numPages - 1)).toContain('Formularz zewnetrzny - strona 1');
  });
});
