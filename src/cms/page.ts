/**
 * The editors' page at /redakcja/: a bare HTML shell for Sveltia CMS with its
 * own Content-Security-Policy (scripts only from the site, no eval; inline
 * styles, which the CMS injects; connections only to the site and the git
 * host), kept out of search engines (noindex). No public page links to it.
 */
import { escapeAttribute } from 'entities';

/** The page's folder under the site's base; the one place that names it (tests and the page lists read it from here). */
export const EDITORS_DIR = 'redakcja';
/** The generated configuration, next to the page. */
export const CONFIG_FILE = 'config.json';

/** The page's policy: what Sveltia CMS needs, nothing from other origins but the git host's API. */
export function editorsPolicy(gitOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    // data: and blob: are the CMS's own images and files in memory.
    `connect-src ${["'self'", 'data:', 'blob:', ...gitOrigins].join(' ')}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The HTML of the page; `script` is the bundle's entry relative to the page. */
export function editorsPageHtml({ policy, script }: { policy: string; script: string }): string {
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">
<title>Redakcja serwisu</title>
<link rel="cms-config-url" type="application/json" href="${CONFIG_FILE}">
<script type="module" src="${escapeAttribute(script)}"></script>
</head>
<body>
<noscript>Formularz redakcji działa tylko z włączonym JavaScriptem.</noscript>
</body>
</html>
`;
}
