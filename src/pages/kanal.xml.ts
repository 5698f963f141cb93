/** kanal.xml (FEED_PATH): the Atom feed of meeting reports and tools, with absolute addresses from settings. */
import type { APIRoute } from 'astro';
import { getContent } from '../content/index.ts';
import { atomFeed, feedEntries } from '../site/lib/feed.ts';

export const GET: APIRoute = () => {
  const content = getContent();
  const { nazwa, adres } = content.settings.serwis;
  return new Response(atomFeed({ siteName: nazwa, siteAddress: adres, entries: feedEntries(content) }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
