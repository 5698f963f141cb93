/** sitemap.xml: every page of the site, with absolute addresses from settings and, for entries, the last-updated day. */
import type { APIRoute } from 'astro';
import { getContent } from '../content/index.ts';
import { describePages } from '../content/page-description.ts';
import { escapeXml } from '../graphics/svg.ts';

export const GET: APIRoute = () => {
  const pages = [...describePages(getContent()).values()].filter((p) => p.indexable);
  const urls = pages
    .map((p) => `  <url><loc>${escapeXml(p.url)}</loc>${p.updated ? `<lastmod>${p.updated}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
