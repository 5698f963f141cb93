/**
 * Builds every PDF from validated content: one bundle per municipality type
 * and one PDF per tool, plus cover thumbnails and the manifest the site reads;
 * and every tool as an editable DOCX next to its PDF.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Content } from '../content/entries.ts';
import type { ContentProblem } from '../content/problems.ts';
import { PDF_WIDTH } from '../images/plan.ts';
import { pdfImage } from '../images/prepare.ts';
import { imageInput } from '../safety/clean.ts';
import { absoluteUrl } from '../content/urls.ts';
import { formatDate } from '../typography/dates.ts';
import { finalise, loadAttachments } from './attachments.ts';
import { bundlesOf, DOWNLOADS_DIR, toolDocxPath, toolPdfPath } from '../content/bundles.ts';
import { coverSvg, type CoverData } from './cover.ts';
import { modelDiagrams } from './diagram.ts';
import { editionDate, type DocumentInfo } from './document.ts';
import { useBundledFontsForSvg } from '../graphics/fonts.ts';
import { MANIFEST_FILE, type Manifest, type ManifestEntry } from '../content/manifest.ts';
import { renderBundle, renderTool, type RenderContext } from './render.ts';
import { docxImages } from './docx/images.ts';
import { renderToolDocx } from './docx/tool.ts';

export interface ToolkitResult {
  readonly manifest?: Manifest;
  readonly problems: ContentProblem[];
  /** Milliseconds spent on each PDF, by site path. */
  readonly timings?: Readonly<Record<string, number>>;
}

const COFINANCING =
  'Projekt „Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin” współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Wiedza Edukacja Rozwój 2014–2020.';

/** Writes the PDFs under `outDir` (the site root: files go to outDir/do-pobrania/). */
export async function buildToolkits(content: Content, outDir: string, log: (line: string) => void = () => {}): Promise<ToolkitResult> {
  const { attachments, problems, notes } = await loadAttachments(content.dir, content.tools);
  if (problems.length > 0) return { problems };
  notes.forEach((line) => log(`  ${line}`));

  useBundledFontsForSvg();
  const sharp = (await import('sharp')).default;
  const { settings } = content;
  const site = settings.serwis.adres;
  const edition = settings.pakiety.data_wydania;
  const date = editionDate(edition);
  const resolveHref = (url: string) => (url.startsWith('/') ? absoluteUrl(site, url) : url);

  const logo = imageInput(content.dir, settings.logotypy.plik);
  const stripSvg = typeof logo === 'string' ? readFileSync(logo, 'utf8') : logo.toString('utf8');
  const strip = {
    svg: stripSvg,
    // Twice the printed width is sharp enough for print and keeps every PDF small.
    png: await sharp(Buffer.from(stripSvg), { density: 160 }).png({ compressionLevel: 9, palette: true, colours: 64 }).toBuffer(),
    alt: settings.logotypy.alt,
    ratio: settings.logotypy.szerokosc / settings.logotypy.wysokosc,
  };

  const images = new Map<string, Buffer>();
  for (const tool of content.tools) {
    const urls: string[] = [];
    visit(tool.body, 'image', (n) => void urls.push(n.url));
    for (const url of urls) {
      if (!images.has(url)) images.set(url, await pdfImage(imageInput(content.dir, url), PDF_WIDTH));
    }
  }
  const ctx: RenderContext = { resolveHref, images, attachmentPages: new Map([...attachments].map(([id, a]) => [id, a.pages])) };
  const write = (path: string, bytes: Uint8Array) => {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  };
  const info = (title: string, subject: string): DocumentInfo => ({
    title,
    subject,
    author: settings.instytucja.nazwa,
    keywords: 'Modele Kooperacji, Kooperacje 3D, współpraca wielosektorowa, pomoc społeczna',
    date,
  });
  const timings: Record<string, number> = {};
  const timed = async <T extends { bytes: Uint8Array; pages: number }>(path: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings[path] = performance.now() - started;
    log(`  ${path} · ${result.pages} str. · ${(result.bytes.length / 1024).toFixed(0)} KB · ${Math.round(timings[path])} ms`);
    return result;
  };

  const bundles: Record<string, Manifest['bundles'][string]> = {};
  for (const bundle of bundlesOf(content)) {
    const model = content.models.find((m) => m.data.typ_gminy === bundle.type.id)!;
    const cover: CoverData = {
      title: bundle.title,
      subtitle: `${model.data.tytul}${'note' in bundle.type && bundle.type.note ? ` (${bundle.type.note})` : ''}`,
      note: 'Wzory dokumentów opracowane na potrzeby serwisu „Projekt – Kooperacje 3D”. Nie pochodzą z dokumentów projektów i nie są oficjalnymi formularzami.',
      institution: settings.instytucja.nazwa,
      edition: `Wydanie z ${formatDate(edition)}`,
      cofinancing: COFINANCING,
      strip,
    };
    const input = {
      info: info(bundle.title, `Wzory dokumentów do wdrażania modelu ${bundle.type.forPlural}`),
      cover,
      model,
      tools: bundle.tools,
      diagrams: modelDiagrams(content, model),
      toolsUrl: absoluteUrl(site, '/narzedzia/'),
      htmlUrl: (t: (typeof bundle.tools)[number]) => absoluteUrl(site, t.path),
    };
    const result = await timed(bundle.path, async () => {
      const rendered = await renderBundle(input, ctx);
      const bytes = await finalise(rendered.bytes, bundle.tools.flatMap((t) => attachments.get(t.id) ?? []), rendered.toolLastPage);
      return { ...rendered, bytes };
    });
    write(bundle.path, result.bytes);
    write(bundle.thumbnail, await sharp(Buffer.from(coverSvg(cover)), { density: 72 }).resize({ width: 240 }).png({ compressionLevel: 9, palette: true }).toBuffer());
    bundles[bundle.type.id] = { ...entry(bundle.path, bundle.title, result, edition), thumbnail: bundle.thumbnail, tools: bundle.tools.map((t) => t.id) };
  }

  const tools: Record<string, Manifest['tools'][string]> = {};
  const docx = { resolveHref, image: ((prepared) => (url: string) => prepared.get(url))(await docxImages(images)) };
  for (const tool of content.tools) {
    const path = toolPdfPath(tool);
    const result = await timed(path, async () => {
      const rendered = await renderTool({ info: info(tool.data.tytul, tool.data.opis), tool, strip, htmlUrl: absoluteUrl(site, tool.path) }, ctx);
      const a = attachments.get(tool.id);
      return { ...rendered, bytes: await finalise(rendered.bytes, a ? [a] : [], rendered.toolLastPage) };
    });
    write(path, result.bytes);
    const docxPath = toolDocxPath(tool);
    const started = performance.now();
    const docxBytes = await renderToolDocx({ info: info(tool.data.tytul, tool.data.opis), tool, strip, htmlUrl: absoluteUrl(site, tool.path) }, docx);
    timings[docxPath] = performance.now() - started;
    log(`  ${docxPath} · ${(docxBytes.length / 1024).toFixed(0)} KB · ${Math.round(timings[docxPath])} ms`);
    write(docxPath, docxBytes);
    tools[tool.id] = { ...entry(path, tool.data.tytul, result, edition), docx: { path: docxPath, bytes: docxBytes.length } };
  }

  const manifest: Manifest = { bundles, tools };
  write(`/${DOWNLOADS_DIR}/${MANIFEST_FILE}`, Buffer.from(JSON.stringify(manifest, null, 2)));
  return { manifest, problems: [], timings };
}

function entry(path: string, title: string, r: { bytes: Uint8Array; pages: number }, edition: string): ManifestEntry {
  return { path, title, pages: r.pages, bytes: r.bytes.length, edition };
}
