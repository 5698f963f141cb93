/**
 * Page weight: each page's HTML plus the CSS it loads must fit one network
 * round trip (14 KB gzipped), and JavaScript that runs before any
 * interaction must stay under 2 KB gzipped. Images are not counted, and that
 * includes the model diagrams inlined as SVG: they are pictures, measured
 * separately as `images`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './pages.ts';

export const BUDGET = { htmlAndCss: 14 * 1024, initialJs: 2 * 1024 } as const;

export interface PageWeight {
  readonly page: string;
  /** Gzipped bytes of the HTML. */
  readonly html: number;
  /** Gzipped bytes of linked stylesheets. */
  readonly css: number;
  /** Gzipped bytes of the inline SVG diagrams, which are not part of the budget. */
  readonly images: number;
  /** Gzipped bytes of scripts that load with the page (inline and src, not deferred to interaction). */
  readonly js: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Inline SVG pictures (`<svg class="diagram" …>`), cut out of a page's HTML. */
const INLINE_DIAGRAM = /<svg\b[^>]*\bclass="diagram"[^>]*>[\s\S]*?<\/svg>/g;

/** The page's HTML without its inline pictures, and the pictures alone. */
export function splitInlineImages(html: string): { html: string; images: string } {
  const images = html.match(INLINE_DIAGRAM) ?? [];
  return { html: html.replace(INLINE_DIAGRAM, ''), images: images.join('') };
}

function fileAt(dir: string, base: string, href: string): string {
  return join(dir, href.replace(/^https?:\/\/[^/]+/, '').slice(base.length));
}

export function weighPages(pages: readonly BuiltPage[], dir: string, base: string): PageWeight[] {
  return pages.map((p) => {
    const css = p.dom
      .querySelectorAll('link[rel="stylesheet"]')
      .reduce((sum, l) => sum + gz(readFileSync(fileAt(dir, base, l.getAttribute('href') ?? ''))), 0);
    const js = p.dom.querySelectorAll('script').reduce((sum, s) => {
      if (s.getAttribute('type') === 'application/json' || s.getAttribute('type') === 'application/ld+json') return sum;
      const src = s.getAttribute('src');
      return sum + (src ? gz(readFileSync(fileAt(dir, base, src))) : gz(s.textContent));
    }, 0);
    const split = splitInlineImages(p.html);
    return { page: p.url, html: gz(split.html), images: split.images ? gz(split.images) : 0, css, js };
  });
}

/** Pages over budget, with a reason each. */
export function overBudget(weights: readonly PageWeight[], budget = BUDGET): string[] {
  return weights.flatMap((w) => [
    ...(w.html + w.css > budget.htmlAndCss ? [`${w.page}: HTML+CSS ${w.html + w.css} B > ${budget.htmlAndCss} B`] : []),
    ...(w.js > budget.initialJs ? [`${w.page}: JS ${w.js} B > ${budget.initialJs} B`] : []),
  ]);
}
