/** Reads a built site's HTML pages with the URL each is served at. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFiles } from './dist.ts';

export interface BuiltPage {
  /** Path of the file relative to dist/. */
  readonly file: string;
  /** URL path the page is served at, including the base. */
  readonly url: string;
  readonly html: string;
  readonly dom: HTMLElement;
}

/** „modele/index.html” → „/base/modele/”. */
export function urlOf(file: string, base: string): string {
  const path = file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
  return `${base}${path}`;
}

export function readPages(dir: string, base: string): BuiltPage[] {
  return htmlFiles(dir).map((file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    return { file, url: urlOf(file, base), html, dom: parse(html) };
  });
}
