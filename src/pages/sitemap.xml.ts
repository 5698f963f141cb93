/** sitemap.xml: every page of the site, with absolute addresses from settings. */
import type { APIRoute } from 'astro';
import { allEntries, getContent } from '../content/index.ts';
import { sitePaths } from '../content/routes.ts';
import { escapeXml } from '../graphics/svg.ts';
import { absoluteUrl } from '../site/lib/urls.ts';

export const GET: APIRoute = () => {
  const content = getContent();
  const paths = [...sitePaths(), ...allEntries(content).map((e) => e.path)];
  const urls = paths.map((p) => `  <url><loc>${escapeXml(absoluteUrl(content.settings.serwis.adres, p))}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
