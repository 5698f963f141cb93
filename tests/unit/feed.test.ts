import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentOf, loadContent } from '../../src/content/index.ts';
import { FEED_PATH, sitePaths } from '../../src/content/routes.ts';
import { feedKinds } from '../../src/content/kinds.ts';
import { atomFeed, feedEntries, feedNews, feedTitle, feedTopics, type FeedEntry } from '../../src/site/lib/feed.ts';
import { listPhrase } from '../../src/typography/lists.ts';
import { atomEntries, atomProblems } from '../support/checks/feed.ts';

const SITE = { siteName: 'Projekt – Kooperacje 3D', siteAddress: 'https://example.org/' };

const entry = (over: Partial<FeedEntry> & Pick<FeedEntry, 'path'>): FeedEntry => ({
  kind: 'narzedzie',
  title: `Wpis ${over.path}`,
  summary: 'Opis wpisu.',
  added: '2026-11-23',
  types: ['wiejska'],
  ...over,
  updated: over.updated ?? over.added ?? '2026-11-23',
});

describe('the Atom feed', () => {
  it('lists entries newest first, and entries of one day by title in Polish order', () => {
    const xml = atomFeed({
      ...SITE,
      entries: [
        entry({ path: '/narzedzia/stary/', added: '2026-01-05' }),
        entry({ path: '/narzedzia/zeszyt/', title: 'Zeszyt', added: '2026-11-23' }),
        entry({ path: '/spotkania/nowe/', kind: 'spotkanie', added: '2026-12-01' }),
        entry({ path: '/narzedzia/lista/', title: 'Łączenie usług', added: '2026-11-23' }),
        entry({ path: '/narzedzia/karta/', title: 'Karta', added: '2026-11-23' }),
      ],
    });
    expect(atomProblems(xml)).toEqual([]);
    expect(atomEntries(xml).map((e) => e.link)).toEqual([
      'https://example.org/spotkania/nowe/',
      'https://example.org/narzedzia/karta/',
      'https://example.org/narzedzia/lista/',
      'https://example.org/narzedzia/zeszyt/',
      'https://example.org/narzedzia/stary/',
    ]);
  });

  it('takes its updated date from the newest entry, never from the clock', () => {
    const entries = [entry({ path: '/a/', added: '2025-03-01' }), entry({ path: '/b/', added: '2026-02-14' })];
    const xml = atomFeed({ ...SITE, entries });
    expect(xml).toMatch(/^ {2}<updated>2026-02-14T00:00:00Z<\/updated>$/m);
    expect(atomEntries(xml).map((e) => e.updated)).toEqual(['2026-02-14T00:00:00Z', '2025-03-01T00:00:00Z']);
    expect(atomFeed({ ...SITE, entries })).toBe(xml);
  });

  it('dates an updated entry by its last update and the feed by the latest change, keeping the day it was added as published', () => {
    const xml = atomFeed({ ...SITE, entries: [entry({ path: '/a/', added: '2026-01-10', updated: '2026-12-24' }), entry({ path: '/b/', added: '2026-02-14' })] });
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toMatch(/^ {2}<updated>2026-12-24T00:00:00Z<\/updated>$/m);
    expect(atomEntries(xml).map((e) => [e.link, e.updated])).toEqual([
      ['https://example.org/b/', '2026-02-14T00:00:00Z'],
      ['https://example.org/a/', '2026-12-24T00:00:00Z'],
    ]);
    expect(xml).toContain('<published>2026-01-10T00:00:00Z</published>');
  });

  it('escapes ampersands, angle brackets and quotes in titles and summaries', () => {
    const xml = atomFeed({ ...SITE, entries: [entry({ path: '/a/', title: 'OPS & PCPR <razem> "na start"', summary: 'A & B < C' })] });
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain('OPS &amp; PCPR &lt;razem&gt; „na start”');
    expect(xml).not.toMatch(/& |<razem>/);
    expect(atomEntries(xml)[0]!.title).toBe('OPS & PCPR <razem> „na start”');
  });

  it('binds one-letter words to the next word in titles and summaries', () => {
    const xml = atomFeed({ ...SITE, entries: [entry({ path: '/a/', title: 'Szkolenie w Łodzi i Kielcach', summary: 'Spotkanie z gminami.' })] });
    expect(xml).toContain('Szkolenie w\u00A0Łodzi i\u00A0Kielcach');
    expect(xml).toContain('Spotkanie z\u00A0gminami.');
  });

  it('gives absolute addresses that keep the sub-path of a site published in a folder', () => {
    const xml = atomFeed({ ...SITE, siteAddress: 'https://www.przyklad.pl/projekt-kooperacje-3d/', entries: [entry({ path: '/narzedzia/karta/' })] });
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain('<id>https://www.przyklad.pl/projekt-kooperacje-3d/kanal.xml</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://www.przyklad.pl/projekt-kooperacje-3d/kanal.xml"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://www.przyklad.pl/projekt-kooperacje-3d/"/>');
    expect(atomEntries(xml)).toEqual([
      expect.objectContaining({ id: 'https://www.przyklad.pl/projekt-kooperacje-3d/narzedzia/karta/', link: 'https://www.przyklad.pl/projekt-kooperacje-3d/narzedzia/karta/' }),
    ]);
  });

  it('labels each entry with its kind and municipality types in Polish, from the domain', () => {
    const xml = atomFeed({ ...SITE, entries: [entry({ path: '/s/', kind: 'spotkanie', types: ['miejska', 'wiejska'] })] });
    expect(xml).toContain('<category term="spotkanie" label="relacja ze spotkania"/>');
    expect(xml.indexOf('<category term="wiejska" label="gminy wiejskie"/>')).toBeLessThan(xml.indexOf('<category term="miejska" label="gminy miejskie"/>'));
  });

  it('is still a valid feed with no entries', () => {
    const xml = atomFeed({ ...SITE, entries: [] });
    expect(atomProblems(xml)).toEqual([]);
    expect(atomEntries(xml)).toEqual([]);
    expect(xml).toMatch(/<title>Relacje ze spotkań(, | i\u00A0)narzędzia.*\u00A0– Projekt\u00A0– Kooperacje 3D<\/title>/);
  });

  it('names in its title and subtitle every kind the registry puts in it, in Polish enumeration', () => {
    expect(feedTopics()).toBe(listPhrase(feedKinds().map((k) => k.feed.name)));
    expect(feedTitle('Serwis')).toBe(`${feedTopics().charAt(0).toUpperCase()}${feedTopics().slice(1)} – Serwis`);
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b'])).toBe('a i b');
    expect(listPhrase(['a', 'b', 'c'])).toBe('a, b i c');
    expect(feedNews(['relacje', 'narzędzia', 'praktyki'])).toBe('Nowe relacje, nowe narzędzia i nowe praktyki');
  });
});

describe('feed entries from content', () => {
  const result = loadContent(resolve(import.meta.dirname, '../fixtures/basic/content'));
  if (!result.ok) throw new Error('fixture content must be valid');
  const entries = feedEntries(result.content);

  it('has every meeting report, tool and good practice, with the day it was added', () => {
    expect(entries.map((e) => [e.path, e.added])).toEqual([
      ['/spotkania/2021-06-15-spotkanie/', '2026-11-23'],
      ['/spotkania/liderzy/', '2026-11-23'],
      ['/narzedzia/deklaracja/', '2026-11-23'],
      ['/narzedzia/karta-diagnozy/', '2026-12-01'],
      ['/dobre-praktyki/zespol-w-gminie/', '2026-11-24'],
    ]);
  });

  it('takes titles and summaries from the pages’ descriptions, and the last update from `zaktualizowano`, then `dodano`', () => {
    const tool = result.content.tools[0]!;
    const c = result.content;
    const updated = contentOf(c.dir, c.settings, { ...c.entries, narzedzie: [{ ...tool, data: { ...tool.data, zaktualizowano: '2026-12-24' } }] });
    expect(feedEntries(updated).find((e) => e.path === tool.path)).toMatchObject({ path: tool.path, title: tool.data.tytul, added: tool.data.dodano, updated: '2026-12-24' });
    expect(entries.map((e) => e.updated)).toEqual(entries.map((e) => e.added));
  });

  it('says in a meeting’s summary when it took place, or that the date is unknown', () => {
    expect(entries[0]!.summary).toBe('Relacja testowa ze spotkania. Spotkanie odbyło się 15\u00A0czerwca\u00A02021\u00A0r.');
    expect(entries[1]!.summary).toBe('Relacja testowa bez daty. Data spotkania nie jest znana.');
    expect(entries[2]!.summary).toBe('Wzór deklaracji testowej.');
  });

  it('summarises a good practice by its description', () => {
    expect(entries[4]!.summary).toBe('Przykładowa dobra praktyka – gmina testowa zebrała zespół wokół ośrodka pomocy społecznej.');
  });
});

describe('the feed endpoint', () => {
  it('serves the feed of the content folder as Atom in UTF-8', async () => {
    vi.stubEnv('KOOP_CONTENT_DIR', resolve(import.meta.dirname, '../fixtures/basic/content'));
    const { GET } = await import('../../src/pages/kanal.xml.ts');
    const response = await GET({} as Parameters<typeof GET>[0]);
    vi.unstubAllEnvs();
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(atomProblems(xml)).toEqual([]);
    expect(atomEntries(xml)).toHaveLength(5);
  });
});

describe('the feed address', () => {
  it('is not a page, so it stays out of the sitemap and page lists', () => {
    expect(sitePaths()).not.toContain(FEED_PATH);
    expect(FEED_PATH).toMatch(/^\/[a-z-]+\.xml$/);
  });
});

describe('the Atom feed check', () => {
  const valid = atomFeed({ ...SITE, entries: [entry({ path: '/a/' }), entry({ path: '/b/' })] });
  const plant = (from: string | RegExp, to: string) => {
    const broken = valid.replace(from, to);
    if (broken === valid) throw new Error(`the feed does not contain ${from}`);
    return atomProblems(broken);
  };

  it('accepts the feed the site builds', () => {
    expect(atomProblems(valid)).toEqual([]);
  });

  it('reports an unescaped ampersand as XML that is not well-formed', () => {
    expect(plant('<title>Wpis /a/</title>', '<title>OPS & PCPR</title>')).toEqual([expect.stringMatching(/^not well-formed XML: .*line 13/)]);
  });

  it('reports a feed without its id, or with an empty one', () => {
    expect(plant(/^ {2}<id>.*<\/id>\n/m, '')).toEqual(['feed: no <id>']);
    expect(plant(/^ {2}<id>.*<\/id>$/m, '  <id> </id>')).toEqual(['feed: no <id>']);
  });

  it('reports an entry without id, title, updated date or link', () => {
    expect(plant(/<entry>[\s\S]*?<\/entry>/, '<entry><summary>Pusty</summary></entry>')).toEqual([
      'entry 1: no <id>',
      'entry 1: no <title>',
      'entry 1: no <updated>',
      'entry 1: no <link rel="alternate">',
    ]);
  });

  it('reports relative links and a missing self link', () => {
    expect(plant('href="https://example.org/a/"', 'href="/a/"')).toEqual(['entry 1 <link> „/a/” is not an absolute http(s) address']);
    expect(plant(/<link rel="self"[^>]*\/>/, '')).toEqual(['feed: no <link rel="self">']);
  });

  it('reports two entries with the same id', () => {
    expect(plant('<id>https://example.org/b/</id>', '<id>https://example.org/a/</id>')).toEqual(['entry 2: id „https://example.org/a/” repeats an earlier entry']);
  });

  it('reports a document whose root is not an Atom feed', () => {
    expect(plant('xmlns="http://www.w3.org/2005/Atom"', 'xmlns="http://purl.org/rss/1.0/"')).toEqual([
      'root element is <feed> in namespace http://purl.org/rss/1.0/, expected <feed> in http://www.w3.org/2005/Atom',
    ]);
    expect(atomProblems('<rss version="2.0"><channel/></rss>')).toEqual(['root element is <rss> in namespace (none), expected <feed> in http://www.w3.org/2005/Atom']);
    expect(atomProblems(`${valid}<feed xmlns="http://www.w3.org/2005/Atom"/>`)).toEqual(['2 root elements, expected one <feed>']);
  });

  it('reports an updated date that is not RFC 3339', () => {
    expect(plant(/<updated>[^<]*<\/updated>/, '<updated>23.11.2026</updated>')).toEqual(['feed: <updated> „23.11.2026” is not an RFC 3339 date']);
  });
});
