/**
 * Applies Polish typography to every rendered HTML page (text only, never
 * code or attributes), so templates and content follow the same rules.
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './typography/html.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = typesetHtml(await response.text());
  return new Response(html, { status: response.status, headers: response.headers });
});
