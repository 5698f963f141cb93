/** The main navigation and how the current page is marked in it. */
import { listedKinds } from '../../content/kinds.ts';
import { SITE_PATHS, listPath } from '../../content/routes.ts';

export interface NavItem {
  readonly label: string;
  readonly path: string;
}

/** The list pages of the registry's kinds in their order, then the site's own pages. */
export const NAVIGATION: readonly NavItem[] = [
  ...listedKinds().map((k) => ({ label: k.list.nav, path: listPath(k) })),
  { label: 'Do pobrania', path: SITE_PATHS.downloads },
  { label: 'O projekcie', path: '/o-projekcie/' },
  { label: 'Słowniczek', path: '/slowniczek/' },
];

/**
 * `aria-current` for a navigation item: „page” on the item's own page,
 * „true” inside its section, nothing elsewhere.
 */
export function currentState(itemPath: string, pagePath: string): 'page' | 'true' | undefined {
  if (itemPath === pagePath) return 'page';
  if (itemPath !== '/' && pagePath.startsWith(itemPath)) return 'true';
  return undefined;
}

/** Strips the deployment base from a request path. */
export function sitePath(pathname: string, base: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  const path = trimmed && pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) : pathname;
  return path.endsWith('/') || /\.[a-z]+$/.test(path) ? path || '/' : `${path}/`;
}

/** Navigation items whose page exists: the site's own pages always, standalone pages only when written. */
export function visibleNavigation(pagePaths: readonly string[]): NavItem[] {
  const own = new Set<string>(Object.values(SITE_PATHS));
  return NAVIGATION.filter((item) => own.has(item.path) || pagePaths.includes(item.path));
}
