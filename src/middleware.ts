/**
 * Every rendered HTML page gets Polish typography (text only, never code or
 * attributes) and, in the built site, a Content-Security-Policy that keeps
 * every request on the site's own origin.
 */
import { defineMiddleware } from 'astro:middleware';
import { withContentSecurityPolicy } from './site/lib/csp.ts';
import { typesetHtml } from './typography/html.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const typeset = typesetHtml(await response.text());
  // Vite's dev server injects inline scripts; the policy is for the built site.
  const html = import.meta.env.PROD ? withContentSecurityPolicy(typeset) : typeset;
  return new Response(html, { status: response.status, headers: response.headers });
});
