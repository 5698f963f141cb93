/**
 * Finds internal links, images, stylesheets and scripts on built pages that
 * point at nothing: a missing file, or a fragment with no matching id.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from '../../../scripts/lib/pages.ts';

export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

const ATTRS: ReadonlyArray<[string, string]> = [['a', 'href'], ['link', 'href'], ['img', 'src'], ['script', 'src'], ['source', 'src'], ['form', 'action']];

export function findBrokenLinks(pages: readonly BuiltPage[], dir: string, base: string, origin = 'http://site.test'): BrokenLink[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const [tag, attr] of ATTRS) {
      for (const el of page.dom.querySelectorAll(`${tag}[${attr}]`)) {
        const href = el.getAttribute(attr) ?? '';
        if (/^(mailto:|tel:|data:)/.test(href)) continue;
        const url = new URL(href, origin + page.url);
        if (url.origin !== origin) continue;
        const fail = (reason: string) => broken.push({ page: page.url, href, reason });
        if (!url.pathname.startsWith(base)) {
          fail(`outside the base ${base}`);
          continue;
        }
        let file = join(dir, decodeURIComponent(url.pathname.slice(base.length)));
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (!existsSync(file)) {
          fail('no such file');
          continue;
        }
        if (url.hash.length > 1) {
          const target = byUrl.get(url.pathname);
          const id = decodeURIComponent(url.hash.slice(1));
          if (target && !target.dom.getElementById(id)) fail(`no element with id „${id}”`);
        }
      }
    }
  }
  return broken;
}
