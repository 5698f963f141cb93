/** sitemap.xml: every page of the site, with absolute addresses from settings and, for entries, the last-updated day. */
import type { APIRoute } from 'astro';
import { allEntries, getContent } from '../content/index.ts';
import { sitePaths } from '../content/routes.ts';
import { escapeXml } from '../graphics/svg.ts';
import { absoluteUrl } from '../content/urls.ts';
import { lastUpdated } from '../site/lib/updated.ts';

export const GET: APIRoute = () => {
  const content = getContent();
  const pages: { path: string; lastmod?: string | undefined }[] = [
    ...sitePaths().map((path) => ({ path })),
    ...allEntries(content).map((e) => ({ path: e.path, lastmod: lastUpdated(e) })),
  ];
  const urls = pages
    .map((p) => `  <url><loc>${escapeXml(absoluteUrl(content.settings.serwis.adres, p.path))}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
