/**
 * Every rendered HTML page gets Polish typography (text only, never code or
 * attributes). The Content-Security-Policy is Astro's (src/site/lib/csp.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './typography/html.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(typesetHtml(await response.text()), { status: response.status, headers: response.headers });
});
