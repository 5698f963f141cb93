/**
 * One truth for where the site lives. The sub-path (Astro's `base`) comes from
 * the path of `serwis.adres`; `BASE_PATH` may override it (the address then
 * takes that path, so canonical links, Open Graph, the sitemap, the feed, PDF
 * links and the accessibility statement all follow), but a BASE_PATH that
 * names another sub-path than the address is refused. Read by
 * astro.config.mjs (the base) and by the content loader (the address).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentProblem } from './problems.ts';

export interface SiteAddress {
  /** The effective home page address, always ending in „/”. */
  readonly address: string;
  /** Its path, Astro's `base`: „/” or „/projekt-kooperacje-3d/”. */
  readonly base: string;
}

/** „projekt/” or „/projekt” → „/projekt/”; empty → „/”. */
export function normaliseBase(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The effective address from `serwis.adres` and an optional `BASE_PATH`.
 * BASE_PATH at the root, or an address at the root, is an override; two
 * different sub-paths are a disagreement (returned as `conflict`).
 */
export function resolveSiteAddress(address: string, basePath: string | undefined): SiteAddress | { conflict: { address: string; basePath: string } } {
  const url = new URL(address.endsWith('/') ? address : `${address}/`);
  const own = normaliseBase(url.pathname);
  if (basePath === undefined || basePath.trim() === '') return { address: url.toString(), base: own };
  const wanted = normaliseBase(basePath);
  if (own !== '/' && wanted !== '/' && own !== wanted) return { conflict: { address: url.toString(), basePath: wanted } };
  url.pathname = wanted;
  return { address: url.toString(), base: wanted };
}

/** The Polish problem for a disagreement, on the settings file. */
export function basePathProblem(file: string, conflict: { address: string; basePath: string }): ContentProblem {
  const own = normaliseBase(new URL(conflict.address).pathname);
  return {
    file,
    where: 'pole „serwis → adres”',
    message:
      `adres ${conflict.address} wskazuje podścieżkę ${own}, a zmienna BASE_PATH – ${conflict.basePath}; ` +
      `usuń BASE_PATH (podścieżka wynika z adresu) albo popraw adres w ustawieniach, tak by oba wskazywały to samo miejsce`,
  };
}

/**
 * The base for astro.config.mjs, read straight from the settings file before
 * content is validated. Unreadable settings fall back to BASE_PATH or „/”:
 * the content check then reports what is wrong with them.
 */
export function configuredBase(contentDir: string, basePath = process.env.BASE_PATH): string {
  const fallback = normaliseBase(basePath ?? '/');
  const file = join(contentDir, 'ustawienia.yaml');
  if (!existsSync(file)) return fallback;
  try {
    const address = (parse(readFileSync(file, 'utf8')) as { serwis?: { adres?: unknown } } | null)?.serwis?.adres;
    if (typeof address !== 'string') return fallback;
    const resolved = resolveSiteAddress(address, basePath);
    return 'base' in resolved ? resolved.base : fallback;
  } catch {
    return fallback;
  }
}
