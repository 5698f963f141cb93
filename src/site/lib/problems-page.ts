/**
 * The page `npm run dev` shows instead of the site while content has errors:
 * the same Polish list the build prints, readable in the browser, no stack.
 * It refreshes itself when the content is fixed (the dev server reloads it).
 */
import type { ContentProblem } from '../../content/problems.ts';
import { escapeXml } from '../../graphics/svg.ts';
import { NOUNS, countOf } from '../../typography/plural.ts';

/** `viteClient`: the dev server's client script, so the page reloads itself after a fix. */
export function problemsPage(problems: readonly ContentProblem[], viteClient?: string): string {
  const heading = `Treść zawiera ${countOf(problems.length, NOUNS.error)}`;
  const items = problems
    .map((p) => `<li><strong>${escapeXml(p.file)}</strong> · ${escapeXml(p.where)}: ${escapeXml(p.message)}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading} – podgląd serwisu</title>
<style>body{font:1.0625rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{color:#a00000}li{margin:.75rem 0}strong{font-weight:600}</style>
</head>
<body>
<main>
<h1>${heading}</h1>
<p>Podgląd pokaże serwis, gdy poprawisz te miejsca i zapiszesz plik – strona odświeży się sama. Te same błędy są wypisane w terminalu, w którym działa <code>npm run dev</code>.</p>
<ul>
${items}
</ul>
</main>
${viteClient ? `<script type="module" src="${escapeXml(viteClient)}"></script>\n` : ''}</body>
</html>
`;
}
