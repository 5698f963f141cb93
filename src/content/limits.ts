/**
 * Size limits on what content/ may hold, so a file that is too big (or built
 * to exhaust the parser) is refused in seconds with a Polish message naming
 * it, instead of hanging the build. The limits are far above what the site's
 * real content needs (its largest entry is about 21 KB) and are listed in
 * the README („Limity rozmiaru”).
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Root } from 'mdast';
import type { Document } from 'yaml';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './markdown.ts';
import { parseBody } from './mdx.ts';
import type { ContentProblem } from './problems.ts';
import { fileSize } from './downloads.ts';

export const LIMITS = {
  /** One Markdown entry, front matter included. Parsing 200 KB of ordinary text takes about a second. */
  markdownBytes: 200 * 1024,
  /** content/ustawienia.yaml. */
  settingsBytes: 64 * 1024,
  /** YAML aliases (*nazwa) per document: each one copies a whole subtree. */
  yamlAliases: 20,
  /** Nesting of YAML lists and groups. */
  yamlDepth: 12,
  /** Opening brackets „[” in one paragraph: the Markdown parser slows down with the square of unclosed ones. */
  bracketsPerParagraph: 200,
  /** Nested quotes („>”) on one line. */
  quoteDepth: 10,
  /** Indentation of a line in columns (about 30 levels of nested lists). */
  indentColumns: 64,
  /** Rows of one table (the PDF lays out every row). */
  tableRows: 300,
  /** Columns of one table. */
  tableColumns: 20,
  /** Items of one list. */
  listItems: 500,
  /** An image in content/pliki: a phone photo or a scan fits; the site and the PDFs get resized copies. */
  imageBytes: 25 * 1024 * 1024,
  /** Pixels of an image in content/pliki (a small file can still decode to gigabytes). */
  imagePixels: 40_000_000,
  /** Any other file in content/pliki (a PDF attachment, a document). */
  fileBytes: 50 * 1024 * 1024,
} as const;

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg']);

/** A limit in whole units: „200 KB”, „10 MB”. */
const limitSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024}\u00A0MB` : `${bytes / 1024}\u00A0KB`);

/** The problem of a content file larger than `limit`, or undefined. */
export function tooBigFile(file: string, bytes: number, limit: number, fix: string): ContentProblem | undefined {
  if (bytes <= limit) return undefined;
  return { file, where: 'plik', message: `plik ma ${fileSize(bytes)}, a może mieć najwyżej ${limitSize(limit)}; ${fix}` };
}

/** The size problem of a Markdown entry at `abs`, checked before it is read. */
export function markdownFileProblem(file: string, abs: string): ContentProblem | undefined {
  return tooBigFile(file, lstatSync(abs).size, LIMITS.markdownBytes, 'podziel treść na kilka wpisów albo usuń zbędne fragmenty');
}

/** Shapes of Markdown the parser handles badly, found by scanning the text before it is parsed. */
export function markdownShapeProblems(file: string, body: string, bodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = body.split('\n');
  let paragraphStart = 0;
  let brackets = 0;
  const where = (i: number) => `treść, wiersz ${bodyLine + i}`;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.trim() === '') {
      if (brackets > LIMITS.bracketsPerParagraph) {
        problems.push({ file, where: where(paragraphStart), message: `akapit ma ${brackets} nawiasów „[”, a może mieć najwyżej ${LIMITS.bracketsPerParagraph}; podziel go na kilka akapitów albo usuń zbędne nawiasy` });
      }
      brackets = 0;
      paragraphStart = i + 1;
      continue;
    }
    for (const ch of line) if (ch === '[') brackets++;
    const prefix = /^[ \t>]*/.exec(line)?.[0] ?? '';
    const quotes = prefix.split('>').length - 1;
    if (quotes > LIMITS.quoteDepth) {
      problems.push({ file, where: where(i), message: `cytat jest zagnieżdżony ${quotes} razy („>”), a może najwyżej ${LIMITS.quoteDepth}; usuń zbędne znaki „>” na początku wiersza` });
    }
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
    if (indent > LIMITS.indentColumns) {
      problems.push({ file, where: where(i), message: `wiersz jest wcięty o ${indent} spacji, a może najwyżej o ${LIMITS.indentColumns}; zmniejsz wcięcie (zagnieżdżenie list)` });
    }
    if (problems.length >= 5) break; // enough to show what is wrong
  }
  return problems;
}

/** Tables and lists too large for the site and the PDF, in a parsed body. */
export function markdownTreeProblems(file: string, tree: Root, bodyLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const where = (line: number | undefined) => `treść, wiersz ${bodyLine + (line ?? 1) - 1}`;
  visit(tree, (node) => {
    if (node.type === 'table') {
      const columns = Math.max(0, ...node.children.map((r) => r.children.length));
      if (node.children.length > LIMITS.tableRows) {
        problems.push({ file, where: where(node.position?.start.line), message: `tabela ma ${node.children.length} wierszy, a może mieć najwyżej ${LIMITS.tableRows}; podziel ją na kilka tabel albo przenieś dane do załącznika` });
      }
      if (columns > LIMITS.tableColumns) {
        problems.push({ file, where: where(node.position?.start.line), message: `tabela ma ${columns} kolumn, a może mieć najwyżej ${LIMITS.tableColumns}; podziel ją na kilka tabel` });
      }
    } else if (node.type === 'list' && node.children.length > LIMITS.listItems) {
      problems.push({ file, where: where(node.position?.start.line), message: `lista ma ${node.children.length} pozycji, a może mieć najwyżej ${LIMITS.listItems}; podziel ją na kilka list` });
    }
  });
  return problems;
}

/** Parses a body unless its shape would stall the parser; an empty tree comes back with the problems. */
export function parseWithinLimits(file: string, body: string, bodyLine: number): { body: Root; problems: ContentProblem[] } {
  const shape = markdownShapeProblems(file, body, bodyLine);
  if (shape.length > 0) return { body: parseMarkdown(''), problems: shape };
  const parsed = parseBody(file, body, bodyLine);
  return { body: parsed.tree, problems: [...parsed.problems, ...markdownTreeProblems(file, parsed.tree, bodyLine)] };
}

/** Width and height from the header of a PNG, GIF, JPEG or WebP file, without decoding it. */
export function imageSize(head: Buffer): { width: number; height: number } | undefined {
  if (head.length >= 24 && head.readUInt32BE(0) === 0x89504e47) return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  if (head.length >= 10 && head.toString('latin1', 0, 4) === 'GIF8') return { width: head.readUInt16LE(6), height: head.readUInt16LE(8) };
  if (head.length >= 30 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') {
    const chunk = head.toString('latin1', 12, 16);
    if (chunk === 'VP8X') return { width: 1 + head.readUIntLE(24, 3), height: 1 + head.readUIntLE(27, 3) };
    if (chunk === 'VP8 ') return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
    if (chunk === 'VP8L') {
      const bits = head.readUInt32LE(21);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
  }
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xd8) {
    for (let i = 2; i + 9 < head.length && head[i] === 0xff; ) {
      const marker = head[i + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: head.readUInt16BE(i + 7), height: head.readUInt16BE(i + 5) };
      i += 2 + head.readUInt16BE(i + 2);
    }
  }
  return undefined;
}

function readHead(abs: string, bytes: number): Buffer {
  const fd = openSync(abs, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** The problem of an image whose header declares more pixels than the limit. */
function tooManyPixels(file: string, abs: string): ContentProblem | undefined {
  const size = imageSize(readHead(abs, 256 * 1024));
  if (!size || size.width * size.height <= LIMITS.imagePixels) return undefined;
  return {
    file,
    where: 'plik',
    message: `obraz ma ${size.width} × ${size.height} pikseli, a może mieć najwyżej ${LIMITS.imagePixels / 1_000_000} milionów pikseli (np. 8000 × 5000); zmniejsz go`,
  };
}

/** Images and other files in content/pliki larger than their limit, in bytes or pixels (symbolic links are not followed). */
export function contentFilesProblems(contentDir: string, rel: (abs: string) => string): ContentProblem[] {
  const dir = join(contentDir, 'pliki');
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  const problems: ContentProblem[] = [];
  for (const name of names.sort()) {
    const abs = join(dir, name);
    const stat = lstatSync(abs);
    if (!stat.isFile()) continue;
    const image = IMAGE_EXTENSIONS.has(extname(name).toLowerCase());
    const problem = image
      ? tooBigFile(rel(abs), stat.size, LIMITS.imageBytes, 'zmniejsz obraz (np. do szerokości 2000 pikseli) albo zapisz go w formacie WebP lub JPEG')
      : tooBigFile(rel(abs), stat.size, LIMITS.fileBytes, 'zmniejsz plik (np. zapisz PDF z mniejszą rozdzielczością obrazów) albo opublikuj go w innym miejscu i podaj odnośnik');
    if (problem) problems.push(problem);
    else if (image) {
      const pixels = tooManyPixels(rel(abs), abs);
      if (pixels) problems.push(pixels);
    }
  }
  return problems;
}

const YAML_DEPTH_MESSAGE = `pola są zagnieżdżone zbyt głęboko (najwyżej ${LIMITS.yamlDepth} poziomów list i grup); uprość nagłówek`;

/** Refuses YAML whose flow brackets nest too deep, before the parser sees it. */
export function yamlSourceProblem(file: string, source: string): ContentProblem | undefined {
  let depth = 0;
  let deepest = 0;
  for (const ch of source) {
    if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return deepest > LIMITS.yamlDepth ? { file, where: 'nagłówek', message: YAML_DEPTH_MESSAGE } : undefined;
}

/** True when lists and groups in parsed YAML nest deeper than `limit`. */
function nestsDeeper(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (limit === 0) return true;
  return (Array.isArray(value) ? value : Object.values(value)).some((child) => nestsDeeper(child, limit - 1));
}

/** A parsed YAML document as plain data, within the alias and depth limits. */
export function yamlToData(file: string, doc: Document): { data?: unknown; problem?: ContentProblem } {
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { problem: { file, where: 'nagłówek', message: `zbyt wiele odwołań do kotwic YAML (*nazwa), najwyżej ${LIMITS.yamlAliases}; wpisz wartości wprost zamiast odwołań` } };
  }
  return nestsDeeper(data, LIMITS.yamlDepth) ? { problem: { file, where: 'nagłówek', message: YAML_DEPTH_MESSAGE } } : { data };
}
