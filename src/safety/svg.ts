/**
 * Sanitises SVG files from content/pliki/ (images and the logo strip) with
 * DOMPurify on a jsdom window: no scripts, event handlers, foreignObject,
 * animation that could set attributes, or references to anything outside the
 * file (only „#id” and embedded raster images stay); styles that import or
 * load other files are removed. The site, the cards and the PDFs use only
 * the clean copy.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { DOMPurify } from 'dompurify';
import type { JSDOM } from 'jsdom';

// Loaded on first use: jsdom takes a few hundred milliseconds to import, and
// loading content must stay synchronous.
const require = createRequire(import.meta.url);

export type SanitisedSvg = { ok: true; svg: string; removed: string[] } | { ok: false; message: string };

/** References an SVG may keep: fragments of itself and embedded raster images. */
const SAFE_REFERENCE = /^(#[^\s]*|data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*)$/i;

/**
 * CSS is kept only when it can load nothing: no escapes (which could spell
 * „url” or „@import”), no @import/@font-face, and url() only to „#id”.
 */
function safeCss(css: string): boolean {
  if (css.includes('\\')) return false;
  const lower = css.toLowerCase();
  if (/@import|@font-face|@namespace|image-set\(|image\(|src\(|expression\(|-moz-binding|behavior\s*:/.test(lower)) return false;
  return [...lower.matchAll(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/g)].every((m) => (m[2] ?? '').startsWith('#')) && !/url\((?!\s*['"]?#)/.test(lower);
}

let purifier: { window: JSDOM['window']; purify: DOMPurify; removed: Set<string>; JSDOM: typeof JSDOM } | undefined;

function instance() {
  if (purifier) return purifier;
  const { JSDOM } = require('jsdom') as typeof import('jsdom');
  const createDOMPurify = require('dompurify') as (window: unknown) => DOMPurify;
  const window = new JSDOM('').window;
  const purify = createDOMPurify(window);
  const removed = new Set<string>();
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    if ((name === 'href' || name === 'xlink:href' || name === 'src') && !SAFE_REFERENCE.test(data.attrValue.trim())) {
      data.keepAttr = false;
      removed.add(`odwołanie do „${data.attrValue.slice(0, 60)}”`);
    }
    if (name === 'style' && !safeCss(data.attrValue)) {
      data.keepAttr = false;
      removed.add('styl wczytujący inne pliki');
    }
  });
  purify.addHook('uponSanitizeElement', (node) => {
    if (node.nodeName.toLowerCase() === 'style' && !safeCss(node.textContent ?? '')) {
      node.textContent = '';
      removed.add('styl wczytujący inne pliki');
    }
  });
  purifier = { window, purify, removed, JSDOM };
  return purifier;
}

/** Parses `text` as XML, sanitises it in place and serialises it back; invalid XML is refused. */
export function sanitizeSvg(text: string): SanitisedSvg {
  const { purify, removed, JSDOM } = instance();
  let dom: JSDOM;
  try {
    dom = new JSDOM(text, { contentType: 'image/svg+xml' });
  } catch {
    return { ok: false, message: 'nie jest poprawnym plikiem SVG (błąd składni XML); wyeksportuj go ponownie z programu graficznego' };
  }
  const root = dom.window.document.documentElement;
  if (root.namespaceURI !== 'http://www.w3.org/2000/svg' || root.localName !== 'svg') {
    return { ok: false, message: 'nie jest plikiem SVG (brak elementu <svg>); wyeksportuj go ponownie z programu graficznego' };
  }
  removed.clear();
  purify.sanitize(root, { USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ['use'], IN_PLACE: true });
  for (const r of purify.removed as { element?: Node; attribute?: Attr | null }[]) {
    // href and style removals are already named by the hook, with their value.
    if (r.attribute && !['href', 'xlink:href', 'src', 'style'].includes(r.attribute.name.toLowerCase())) removed.add(`atrybut „${r.attribute.name}”`);
    else if (r.element && r.element.nodeType === 1) removed.add(`element <${r.element.nodeName}>`);
  }
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new dom.window.XMLSerializer().serializeToString(root)}\n`;
  const result = { ok: true as const, svg, removed: [...removed].sort() };
  dom.window.close();
  return result;
}

/** Bump when the sanitising rules change: cached results of older rules are then ignored. */
const RULES_VERSION = 1;
const memory = new Map<string, SanitisedSvg>();
let purifierVersion: string | undefined;

/** node_modules/.cache/kooperacje/svg, or under KOOP_CACHE_DIR (the folder the share cards use too). */
function cacheDir(): string {
  const root = process.env.KOOP_CACHE_DIR ? resolve(process.env.KOOP_CACHE_DIR) : join(process.cwd(), 'node_modules', '.cache', 'kooperacje');
  return join(root, 'svg');
}

/**
 * Sanitises an SVG file once per content: results are kept in memory and on
 * disk by a hash of the bytes, the rules and DOMPurify's version, so a build
 * whose SVGs did not change never loads jsdom.
 */
export function sanitizeSvgFile(file: string): SanitisedSvg {
  const bytes = readFileSync(file);
  purifierVersion ??= (JSON.parse(readFileSync(join(dirname(require.resolve('dompurify')), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256').update(`${RULES_VERSION}:${purifierVersion}:`).update(bytes).digest('hex');
  const known = memory.get(key);
  if (known) return known;
  const stored = join(cacheDir(), `${key}.json`);
  let result: SanitisedSvg;
  try {
    result = JSON.parse(readFileSync(stored, 'utf8')) as SanitisedSvg;
  } catch {
    result = sanitizeSvg(bytes.toString('utf8'));
    try {
      mkdirSync(cacheDir(), { recursive: true });
      writeFileSync(`${stored}.${process.pid}`, JSON.stringify(result));
      renameSync(`${stored}.${process.pid}`, stored);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }
  memory.set(key, result);
  return result;
}
