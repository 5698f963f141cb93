/**
 * Polish typography for the text the templates write (text only, never code
 * or attributes). Markdown bodies arrive typeset already, as the Markdown
 * pipeline produces them (src/typography/hast.ts); typesetting is idempotent,
 * so they pass through unchanged. The Content-Security-Policy is Astro's
 * (src/site/lib/csp.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './typography/html.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(typesetHtml(await response.text()), { status: response.status, headers: response.headers });
});
