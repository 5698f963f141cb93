/**
 * Finds what editors still have to fill in: values starting with
 * „[DO UZUPEŁNIENIA” in settings and front matter, the same marker in entry
 * bodies, and a stand-in logo strip (a bracketed marker such as
 * „[miejsce na oficjalny znak]” drawn as text in the strip's SVG).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'mdast';
import { visit } from 'unist-util-visit';
import { allEntries, type Content } from './entries.ts';
import { formatProblem, type ContentProblem } from './problems.ts';
import { PLACEHOLDER_PREFIX } from './schemas/fields.ts';

/** True for a value the editor still has to supply. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PLACEHOLDER_PREFIX);
}

/** „[DO UZUPEŁNIENIA: …]” anywhere in a text. */
const IN_TEXT = /\[DO UZUPEŁNIENIA[^\]]*\]/g;
/** Text drawn in an SVG that is only a bracketed note, e.g. „[miejsce na oficjalny znak]”. */
const SVG_MARKER = /<text\b[^>]*>\s*(\[[^\]<]+\])\s*<\/text>/g;

function walk(value: unknown, path: string, out: { where: string; message: string }[]): void {
  if (isPlaceholder(value)) out.push({ where: `pole „${path}”`, message: value });
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path} → ${i + 1}. pozycja`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path} → ${k}` : k, out);
  }
}

/** Every gap left for the editor, each with its file and place. */
export function placeholderList(content: Content): ContentProblem[] {
  const fields = (file: string, data: unknown) => {
    const out: { where: string; message: string }[] = [];
    walk(data, '', out);
    return out.map((p) => ({ file, ...p }));
  };
  const bodies = allEntries(content).flatMap((e) => {
    const out: ContentProblem[] = [];
    visit(e.body, 'text', (node: Node & { value: string }) => {
      for (const m of node.value.matchAll(IN_TEXT)) {
        out.push({ file: e.file, where: `treść, wiersz ${(node.position?.start.line ?? 1) + e.bodyLine - 1}`, message: m[0] });
      }
    });
    return out;
  });
  const strip = content.settings.logotypy.plik;
  const stripFile = join(content.dir, strip);
  const stripMarkers =
    strip.toLowerCase().endsWith('.svg') && existsSync(stripFile)
      ? [...readFileSync(stripFile, 'utf8').matchAll(SVG_MARKER)].map((m) => ({
          file: `content${strip}`,
          where: 'pasek logotypów',
          message: `${m[1]} – zastępczy znak; podmień plik na oficjalny pasek logotypów`,
        }))
      : [];
  return [
    ...fields('content/ustawienia.yaml', content.settings),
    ...stripMarkers,
    ...allEntries(content).flatMap((e) => fields(e.file, e.data)),
    ...bodies,
  ];
}

/** „file · pole „x”: value” for every gap (see placeholderList). */
export function placeholders(content: Content): string[] {
  return placeholderList(content).map(formatProblem);
}
