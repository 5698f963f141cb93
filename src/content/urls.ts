/**
 * Links that work at a domain's root and under a sub-path. Every internal
 * href and src on the site goes through `withBase`.
 */

/** Prefixes a site path („/modele/”) with the deployment base („/projekt-kooperacje-3d/”). */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** The base Astro was built with. */
export const BASE = import.meta.env?.BASE_URL ?? '/';

/** `withBase` with the current build's base. */
export const href = (path: string) => withBase(BASE, path);

/** An absolute URL of a site path, from the site's address in settings. */
export function absoluteUrl(siteAddress: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteAddress.endsWith('/') ? siteAddress : `${siteAddress}/`).toString();
}
