/**
 * Full-address links in content: a link to the site's own address
 * (`serwis.adres` + path, with http or https, with or without „www.”) is
 * checked like an internal one, and a link to this computer (copied from
 * `npm run dev` or `npm run preview`, e.g. http://localhost:4321/…) is refused
 * because it works for nobody else.
 */

const LOCAL_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

export type LinkTarget =
  /** A link to this computer; `path` is the site path to write instead. */
  | { readonly kind: 'local'; readonly path: string }
  /** A full address of the site itself; `path` is the site path it points to. */
  | { readonly kind: 'own'; readonly path: string }
  | { readonly kind: 'other' };

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');
const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The path after `base` (both start with „/”), as a site path starting with „/”, or undefined outside it. */
function underBase(pathname: string, base: string): string | undefined {
  const b = withSlash(base);
  if (withSlash(pathname) === b) return '/';
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : undefined;
}

/** Classifies an absolute http(s) link against the site address `siteAddress`. */
export function linkTarget(href: string, siteAddress: string | undefined): LinkTarget {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'other' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other' };
  const rest = `${url.search}${url.hash}`;
  if (LOCAL_HOSTS.test(url.hostname)) {
    // A preview may run under the deployment sub-path: drop it too.
    const site = siteAddress ? safeUrl(siteAddress) : undefined;
    const path = (site && site.pathname !== '/' ? underBase(url.pathname, site.pathname) : undefined) ?? url.pathname;
    return { kind: 'local', path: `${path}${rest}` };
  }
  const site = siteAddress ? safeUrl(siteAddress) : undefined;
  if (!site || bareHost(site.hostname) !== bareHost(url.hostname) || (url.port || '') !== (site.port || '')) return { kind: 'other' };
  const path = underBase(url.pathname, site.pathname);
  return path === undefined ? { kind: 'other' } : { kind: 'own', path: `${path}${rest}` };
}

function safeUrl(address: string): URL | undefined {
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}
