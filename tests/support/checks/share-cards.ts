/** Checks on the share cards of a built site: the tags every page carries and the images they name. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from '../../../scripts/lib/pages.ts';
import { CARD_SIZE, CARDS_DIR } from '../../../src/cards/spec.ts';

/** A meta tag's content, by property (Open Graph) or name (Twitter). */
export function metaOf(p: BuiltPage, key: string): string | undefined {
  return (p.dom.querySelector(`meta[property="${key}"]`) ?? p.dom.querySelector(`meta[name="${key}"]`))?.getAttribute('content');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Pages without the card tags, or whose URLs are not absolute under the site's address. */
export function shareTagProblems(pages: readonly BuiltPage[], address: string): string[] {
  const problems: string[] = [];
  const image = new RegExp(`^${escapeRegExp(address)}${CARDS_DIR}/[0-9a-f]{16}\\.png$`);
  for (const p of pages) {
    const fail = (what: string) => problems.push(`${p.url}: ${what}`);
    for (const key of ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:image:alt', 'twitter:card']) if (!metaOf(p, key)) fail(`no ${key}`);
    if (metaOf(p, 'og:locale') !== 'pl_PL') fail('og:locale is not pl_PL');
    const url = metaOf(p, 'og:url');
    if (!url?.startsWith(address)) fail(`og:url ${url} is not under ${address}`);
    if (url !== p.dom.querySelector('link[rel="canonical"]')?.getAttribute('href')) fail('og:url differs from the canonical link');
    if (!image.test(metaOf(p, 'og:image') ?? '')) fail(`og:image ${metaOf(p, 'og:image')} is not ${address}${CARDS_DIR}/<key>.png`);
    if (metaOf(p, 'og:image:width') !== String(CARD_SIZE.width) || metaOf(p, 'og:image:height') !== String(CARD_SIZE.height)) fail('og:image size is not 1200×630');
    if (metaOf(p, 'twitter:card') !== 'summary_large_image') fail('twitter:card is not summary_large_image');
  }
  return problems;
}

/** og:image files that are missing, not 1200×630 PNGs or over 60 KB, and card files no page names. */
export async function cardImageProblems(pages: readonly BuiltPage[], dir: string, address: string): Promise<string[]> {
  const sharp = (await import('sharp')).default;
  const problems: string[] = [];
  const named = new Set(pages.map((p) => metaOf(p, 'og:image') ?? '').filter((u) => u.startsWith(address)).map((u) => u.slice(address.length)));
  for (const path of named) {
    const file = join(dir, path);
    if (!existsSync(file)) {
      problems.push(`${path}: missing`);
      continue;
    }
    const m = await sharp(file).metadata().catch(() => undefined);
    if (m?.format !== 'png' || m.width !== CARD_SIZE.width || m.height !== CARD_SIZE.height) problems.push(`${path}: not a 1200×630 PNG (${m?.format} ${m?.width}×${m?.height})`);
    if (statSync(file).size > 60 * 1024) problems.push(`${path}: ${statSync(file).size} B > 60 KB`);
  }
  const folder = join(dir, CARDS_DIR);
  for (const f of existsSync(folder) ? readdirSync(folder) : []) if (!named.has(`${CARDS_DIR}/${f}`)) problems.push(`${CARDS_DIR}/${f}: no page names it`);
  return problems;
}
