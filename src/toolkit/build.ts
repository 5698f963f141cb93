/**
 * Builds every PDF from validated content: one bundle per municipality type
 * and one PDF per tool, plus cover thumbnails and the manifest the site reads;
 * and every tool as an editable DOCX next to its PDF.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Content } from '../content/entries.ts';
import type { ContentProblem } from '../content/problems.ts';
import { PDF_WIDTH } from '../images/plan.ts';
import { pdfImage } from '../images/prepare.ts';
import { imageInput } from '../safety/clean.ts';
import { drawableStrip, loadStrip } from '../graphics/strip.ts';
import { absoluteUrl } from '../content/urls.ts';
import { formatDate } from '../typography/dates.ts';
import { WORDS } from '../domain/words/index.ts';
import { finalise, loadAttachments } from './attachments.ts';
import { bundlesOf, DOWNLOADS_DIR, toolDocxPath, toolPdfPath } from '../content/bundles.ts';
import { coverSvg, type CoverData } from './cover.ts';
import { modelDiagrams } from './diagram.ts';
import { editionDate, type DocumentInfo } from './document.ts';
import { useBundledFontsForSvg } from '../graphics/fonts.ts';
import { MANIFEST_FILE, type Manifest, type ManifestEntry } from '../content/manifest.ts';
import { renderBundle, renderTool, type RenderContext } from './render.ts';
import { describeEntry } from '../content/page-description.ts';
import { docxImages } from './docx/images.ts';
import { renderToolDocx } from './docx/tool.ts';
import { fileCache, inputKey, pruneCache } from '../build/cache.ts';

export interface ToolkitResult {
  readonly manifest?: Manifest;
  readonly problems: ContentProblem[];
  /** Milliseconds spent on each PDF, by site path. */
  readonly timings?: Readonly<Record<string, number>>;
}

/** The widest raster strip a PDF embeds: the cover prints it 150 mm wide, about 160 pixels per inch. */
const STRIP_PDF_PIXELS = 960;

export interface ToolkitOptions {
  /**
   * A folder where each PDF, thumbnail and DOCX is kept under a hash of what
   * it is made from (src/build/cache.ts): a file whose inputs did not change
   * is copied, not rendered. Without it everything is rendered.
   */
  readonly cacheDir?: string;
}

/** Writes the PDFs under `outDir` (the site root: files go to outDir/do-pobrania/). */
export async function buildToolkits(content: Content, outDir: string, log: (line: string) => void = () => {}, options: ToolkitOptions = {}): Promise<ToolkitResult> {
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

  const logo = await drawableStrip(loadStrip(content.dir, settings.logotypy));
  const strip = {
    // About twice the printed width is sharp enough for print and keeps every PDF small;
    // pdfkit embeds PNG and JPEG only, so any raster strip becomes a PNG too.
    image: logo.vector
      ? await sharp(logo.bytes, { density: 160 }).png({ compressionLevel: 9, palette: true, colours: 64 }).toBuffer()
      : await sharp(logo.bytes).resize({ width: STRIP_PDF_PIXELS, withoutEnlargement: true }).png({ compressionLevel: 9 }).toBuffer(),
    href: logo.href,
    alt: settings.logotypy.alt,
    ratio: logo.ratio,
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
    keywords: WORDS.pdf.keywords,
    date,
  });
  const timings: Record<string, number> = {};
  const cache = options.cacheDir ? fileCache(options.cacheDir) : undefined;
  /** Bytes made by `work`, or the cached bytes of the same `key` (a copy, marked in the log). */
  const cached = async (key: string, ext: string, work: () => Promise<Uint8Array>): Promise<{ bytes: Uint8Array; hit: boolean }> => {
    const hit = cache?.get(key, ext);
    if (hit) return { bytes: hit, hit: true };
    const bytes = await work();
    cache?.put(key, ext, bytes);
    return { bytes, hit: false };
  };
  const fromCache = (hit: boolean) => (hit ? ' (z pamięci podręcznej)' : '');
  /** A PDF made by `work` from `inputs`, or the cached one; its page count is kept next to it. */
  const timed = async (path: string, inputs: unknown, work: () => Promise<{ bytes: Uint8Array; pages: number }>): Promise<{ bytes: Uint8Array; pages: number }> => {
    const started = performance.now();
    const key = inputKey(path, inputs);
    // The page count is written after the PDF: a PDF without one is made again.
    const pages = Number(cache?.get(key, 'pages')?.toString());
    const hit = Number.isInteger(pages) ? cache?.get(key, 'pdf') : undefined;
    const result = hit ? { bytes: hit, pages } : await work();
    if (!hit) {
      cache?.put(key, 'pdf', result.bytes);
      cache?.put(key, 'pages', Buffer.from(String(result.pages)));
    }
    timings[path] = performance.now() - started;
    log(`  ${path} · ${result.pages} str. · ${(result.bytes.length / 1024).toFixed(0)} KB · ${Math.round(timings[path])} ms${fromCache(Boolean(hit))}`);
    return result;
  };
  /** What a tool's PDF or DOCX is made from besides the tool: its attachment, the images of tool bodies, the strip, the site's address. */
  const attachmentOf = (id: string) => {
    const a = attachments.get(id);
    return a && { digest: a.digest, pages: a.pages };
  };
  const shared = { site, strip, images, attachmentPages: ctx.attachmentPages };

  const bundles: Record<string, Manifest['bundles'][string]> = {};
  for (const bundle of bundlesOf(content)) {
    const model = content.models.find((m) => m.data.typ_gminy === bundle.type.id)!;
    const cover: CoverData = {
      title: bundle.title,
      subtitle: `${model.data.tytul}${'note' in bundle.type && bundle.type.note ? ` (${bundle.type.note})` : ''}`,
      note: settings.teksty.zastrzezenie_wzorow,
      institution: settings.instytucja.nazwa,
      edition: WORDS.pdf.edition(formatDate(edition)),
      cofinancing: settings.teksty.wspolfinansowanie,
      strip,
    };
    const input = {
      info: info(bundle.title, WORDS.pdf.bundleSubject(bundle.type.forPlural)),
      cover,
      model,
      tools: bundle.tools,
      diagrams: modelDiagrams(content, model),
      toolsUrl: absoluteUrl(site, '/narzedzia/'),
      describe: (t: (typeof bundle.tools)[number]) => describeEntry(content, t),
      disclaimer: settings.teksty.zastrzezenie_wzorow,
    };
    const inputs = { ...input, describe: bundle.tools.map((t) => input.describe(t)), attachments: bundle.tools.map((t) => attachmentOf(t.id)), shared };
    const result = await timed(bundle.path, inputs, async () => {
      const rendered = await renderBundle(input, ctx);
      const bytes = await finalise(rendered.bytes, bundle.tools.flatMap((t) => attachments.get(t.id) ?? []), rendered.toolLastPage);
      return { ...rendered, bytes };
    });
    write(bundle.path, result.bytes);
    const coverImage = coverSvg(cover);
    const thumbnail = await cached(inputKey(bundle.thumbnail, coverImage), 'png', () => sharp(Buffer.from(coverImage), { density: 72 }).resize({ width: 240 }).png({ compressionLevel: 9, palette: true }).toBuffer());
    write(bundle.thumbnail, thumbnail.bytes);
    bundles[bundle.type.id] = { ...entry(bundle.path, bundle.title, result, edition), thumbnail: bundle.thumbnail, tools: bundle.tools.map((t) => t.id) };
  }

  const tools: Record<string, Manifest['tools'][string]> = {};
  const docx = { resolveHref, image: ((prepared) => (url: string) => prepared.get(url))(await docxImages(images)) };
  for (const tool of content.tools) {
    const path = toolPdfPath(tool);
    const toolInput = { info: info(tool.data.tytul, tool.data.opis), tool, strip, page: describeEntry(content, tool) };
    const result = await timed(path, { ...toolInput, attachment: attachmentOf(tool.id), shared }, async () => {
      const rendered = await renderTool(toolInput, ctx);
      const a = attachments.get(tool.id);
      return { ...rendered, bytes: await finalise(rendered.bytes, a ? [a] : [], rendered.toolLastPage) };
    });
    write(path, result.bytes);
    const docxPath = toolDocxPath(tool);
    const started = performance.now();
    const docxInput = { ...toolInput, strip: { png: strip.image, alt: strip.alt, ratio: strip.ratio } };
    const made = await cached(inputKey(docxPath, docxInput, shared), 'docx', () => renderToolDocx(docxInput, docx));
    const docxBytes = made.bytes;
    timings[docxPath] = performance.now() - started;
    log(`  ${docxPath} · ${(docxBytes.length / 1024).toFixed(0)} KB · ${Math.round(timings[docxPath])} ms${fromCache(made.hit)}`);
    write(docxPath, docxBytes);
    tools[tool.id] = { ...entry(path, tool.data.tytul, result, edition), docx: { path: docxPath, bytes: docxBytes.length } };
  }

  if (options.cacheDir) pruneCache(options.cacheDir);
  const manifest: Manifest = { bundles, tools };
  write(`/${DOWNLOADS_DIR}/${MANIFEST_FILE}`, Buffer.from(JSON.stringify(manifest, null, 2)));
  return { manifest, problems: [], timings };
}

function entry(path: string, title: string, r: { bytes: Uint8Array; pages: number }, edition: string): ManifestEntry {
  return { path, title, pages: r.pages, bytes: r.bytes.length, edition };
}
