/**
 * The page templates of a built site, told apart by the route in src/pages
 * that made each page: a static route is one template; a dynamic route is
 * one template per folder its pages sit in (so a route serving several kinds
 * of entry still counts each kind). Nothing here names a content file.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { urlOf } from '../../scripts/lib/pages.ts';

export const PAGES_DIR = resolve(import.meta.dirname, '../../src/pages');
const PAGE_EXTENSIONS = /\.(astro|md|mdx|html)$/;

export interface Route {
  /** Path of the route file relative to src/pages, e.g. „modele/[slug].astro”. */
  readonly file: string;
  readonly pattern: RegExp;
  /** How many of its segments are parameters: static routes win over dynamic ones, as in Astro. */
  readonly params: number;
}

export interface Template {
  /** The route file, and for a dynamic route the folder of its pages: „modele/[slug].astro /modele/”. */
  readonly key: string;
  /** Every page of the template, as site paths without the base. */
  readonly paths: readonly string[];
  /** The page that stands for the template: the largest, so the most of the layout is filled in. */
  readonly sample: string;
}

/** The page routes of src/pages (endpoints such as feeds and sitemaps make no HTML and are left out). */
export function pageRoutes(dir = PAGES_DIR): Route[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => PAGE_EXTENSIONS.test(f) && statSync(join(dir, f)).isFile());
  return files.map(routeOf).sort((a, b) => a.params - b.params || a.file.localeCompare(b.file));
}

/** „rekomendacje/dla/[typ].astro” → ^/rekomendacje/dla/[^/]+/$; „404.astro” → ^/404\.html$. */
export function routeOf(file: string): Route {
  const name = file.replace(PAGE_EXTENSIONS, '');
  if (/^(404|500)$/.test(name)) return { file, pattern: new RegExp(`^/${name}\\.html$`), params: 0 };
  const segments = name.split('/').filter((s, i, all) => !(s === 'index' && i === all.length - 1));
  let params = 0;
  const parts = segments.map((s) => {
    if (/^\[\.\.\.[^\]]+\]$/.test(s)) return (params++, '.+');
    return s.replace(/\[[^\]]+\]|[^[]+/g, (piece) => (piece.startsWith('[') ? (params++, '[^/]+') : piece.replace(/[.*+?^${}()|\\]/g, '\\$&')));
  });
  const path = parts.length === 0 ? '/' : `/${parts.join('/')}/`;
  return { file, pattern: new RegExp(`^${path}$`), params };
}

/** Groups site paths (without the base) into templates; a path no route explains is a template of its own. */
export function templatesOf(paths: readonly string[], routes: readonly Route[], size: (path: string) => number = () => 0): Template[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const route = routes.find((r) => r.pattern.test(path));
    const key = !route ? `? ${path}` : route.params === 0 ? route.file : `${route.file} ${path.replace(/[^/]+\/?$/, '')}`;
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  return [...groups].map(([key, group]) => ({
    key,
    paths: group,
    sample: group.reduce((best, p) => (size(p) > size(best) ? p : best)),
  }));
}

/** The templates of the site built into `dir` at the domain root. */
export function siteTemplates(dir: string): Template[] {
  const files = new Map(htmlFiles(dir).map((f) => [urlOf(f, '/'), f]));
  return templatesOf([...files.keys()], pageRoutes(), (path) => statSync(join(dir, files.get(path)!)).size);
}
