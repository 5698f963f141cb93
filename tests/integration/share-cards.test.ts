import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { readPages } from '../../scripts/lib/pages.ts';
import { cardSpecOf } from '../../src/cards/meta.ts';
import { buildShareCards } from '../../src/cards/render.ts';
import { collectCards } from '../../src/cards/meta.ts';
import { backgroundCards, startBackgroundCards } from '../../src/cards/background.ts';
import { describePages } from '../../src/content/page-description.ts';
import { CARDS_DIR, cardKey } from '../../src/cards/spec.ts';
import { loadStrip } from '../../src/graphics/strip.ts';
import { useBundledFontsForSvg } from '../../src/graphics/fonts.ts';
import { CARD_CACHE, cardsOf, contentOf } from '../support/build-sites.ts';
import { cardImageProblems, metaOf, shareTagProblems } from '../support/checks/share-cards.ts';

useBundledFontsForSvg();
const sharp = (await import('sharp')).default;

const { fixture, fixtureSubPath, real } = inject('sites');


const SITES = [
  ['fixture content at the root', fixture],
  ['fixture content under a sub-path', fixtureSubPath],
  ['the project’s content', real],
] as const;

describe('share cards in the built site', () => {
  it.each(SITES)('every page built from %s has Open Graph tags with absolute URLs from the site’s address', (_name, site) => {
    const pages = readPages(site.dir, site.base);
    expect(pages.length).toBeGreaterThan(10);
    expect(shareTagProblems(pages, contentOf(site).settings.serwis.adres)).toEqual([]);
  });

  it('the tag check reports a page without og:image and one with a relative og:url', () => {
    const address = contentOf(fixture).settings.serwis.adres;
    const pages = readPages(fixture.dir, fixture.base).slice(0, 2);
    const [a, b] = pages.map((p) => ({ ...p, dom: parse(p.html) }));
    a!.dom.querySelector('meta[property="og:image"]')!.remove();
    b!.dom.querySelector('meta[property="og:url"]')!.setAttribute('content', '/modele/');
    const problems = shareTagProblems([a!, b!], address);
    expect(problems).toContain(`${a!.url}: og:image undefined is not ${address}karty/<key>.png`);
    expect(problems).toContain(`${b!.url}: og:url /modele/ is not under ${address}`);
  });

  it.each(SITES)('every og:image of %s is a 1200×630 PNG under 60 KB in dist/karty/, one per distinct card', async (_name, site) => {
    const pages = readPages(site.dir, site.base);
    expect(new Set(pages.map((p) => metaOf(p, 'og:image'))).size).toBe(cardsOf(site).cards);
    expect(await cardImageProblems(pages, site.dir, contentOf(site).settings.serwis.adres)).toEqual([]);
  });

  it('the image check reports a missing card, a card of the wrong size and a card no page names', async () => {
    const { build } = copyOfFixture();
    const pages = readPages(build.dir, fixture.base);
    const [first, second] = [...new Set(pages.map((p) => metaOf(p, 'og:image')!))].map((u) => u.slice(build.address.length));
    rmSync(join(build.dir, first!));
    await sharp({ create: { width: 600, height: 315, channels: 3, background: '#fff' } }).png().toFile(join(build.dir, second!));
    writeFileSync(join(build.dir, CARDS_DIR, 'zbedna.png'), '');
    expect(await cardImageProblems(pages, build.dir, build.address)).toEqual([
      `${first}: missing`,
      `${second}: not a 1200×630 PNG (png 600×315)`,
      `${CARDS_DIR}/zbedna.png: no page names it`,
    ]);
  });

  it('tags describe their page: title, description, kind and municipality types', () => {
    const content = contentOf(fixture);
    const pages = readPages(fixture.dir, fixture.base);
    const site = content.settings.serwis.nazwa;
    // <title> is typeset (non-breaking spaces, Polish quotes); attributes are not.
    const plain = (s: string) => s.replace(/\u00A0/g, ' ').replace(/[„”]/g, '"');
    for (const p of pages) {
      const og = metaOf(p, 'og:title')!;
      expect([`${og} – ${site}`, `${site} – ${og}`].map(plain), p.url).toContain(plain(p.dom.querySelector('title')!.textContent));
      expect(metaOf(p, 'og:description'), p.url).toBe(metaOf(p, 'description'));
      expect(metaOf(p, 'og:site_name')).toBe(site);
    }
    const page = (path: string) => pages.find((p) => p.url === path)!;
    const rec = content.recommendations[0]!;
    expect(metaOf(page(rec.path), 'og:title')).toBe(`Rekomendacja ${rec.data.numer}: ${rec.data.tytul}`);
    expect([metaOf(page(rec.path), 'twitter:label1'), metaOf(page(rec.path), 'twitter:data1'), metaOf(page(rec.path), 'twitter:label2')]).toEqual(['Rodzaj treści', 'rekomendacja', 'Typ gminy']);
    expect(metaOf(page('/modele/gminy-wiejskie/'), 'twitter:data2')).toBe('gminy wiejskie');
    expect(metaOf(page('/rekomendacje/dla/gminy-miejskie/'), 'twitter:label1')).toBe('Typ gminy');
    expect(metaOf(page('/'), 'twitter:label1')).toBeUndefined();
  });

  it.each(SITES)('every page built from %s has its description, from which the share-card step made the cards', (_name, site) => {
    expect(cardsOf(site).pages).toBe(readPages(site.dir, site.base).length);
  });

  it('the first build renders every card and a second build with the same cache renders none', () => {
    const [first, second] = [cardsOf(fixture), cardsOf(fixtureSubPath)];
    expect(first.cards).toBeGreaterThan(10);
    expect(first.rendered).toBe(first.cards);
    expect(second).toMatchObject({ pages: first.pages, cards: first.cards, rendered: 0, bytes: first.bytes });
  });
});

/** A copy of the fixture build and of the run's card cache, to plant faults in. */
function copyOfFixture() {
  const work = mkdtempSync(join(tmpdir(), 'koop-karty-'));
  const dir = join(work, 'dist');
  const cacheRoot = join(work, 'cache');
  cpSync(fixture.dir, dir, { recursive: true });
  cpSync(CARD_CACHE, cacheRoot, { recursive: true });
  const content = contentOf(fixture);
  const pages = [...describePages(content).values()];
  const build = { dir, cacheRoot, pages, siteName: content.settings.serwis.nazwa, address: content.settings.serwis.adres, strip: loadStrip(content.dir, content.settings.logotypy) };
  const file = join(dir, 'modele', 'gminy-wiejskie', 'index.html');
  return { build, file, html: readFileSync(file, 'utf8') };
}

const cardsIn = (dir: string) => readdirSync(join(dir, CARDS_DIR)).sort();

describe('the share-card step', () => {
  it('renders a card anew when a page’s title changes, and only that card', async () => {
    const { build } = copyOfFixture();
    expect((await buildShareCards(build)).rendered).toBe(0);

    const changed = build.pages.map((p) => (p.path === '/modele/gminy-wiejskie/' ? { ...p, title: 'Zmieniony tytuł modelu' } : p));
    const stats = await buildShareCards({ ...build, pages: changed });
    expect(stats.rendered).toBe(1);
    const spec = cardSpecOf(changed.find((p) => p.path === '/modele/gminy-wiejskie/')!, { name: build.siteName, strip: build.strip.fingerprint });
    expect(existsSync(join(build.dir, CARDS_DIR, `${cardKey(spec)}.png`))).toBe(true);
  });

  it('renders the cards in background threads while the build goes on, leaving the card step none to render', async () => {
    const { build: whole } = copyOfFixture();
    // A few pages are enough to show the hand-over; every card of a site is rendered this way in each test build.
    const build = { ...whole, pages: whole.pages.slice(0, 6), dir: join(whole.dir, 'kilka') };
    rmSync(join(build.cacheRoot, CARDS_DIR), { recursive: true });
    const cards = collectCards(build.pages, { name: build.siteName, strip: build.strip.fingerprint });
    startBackgroundCards(build);
    const early = await backgroundCards();
    expect(early.rendered).toBe(cards.size);
    expect(readdirSync(join(build.cacheRoot, CARDS_DIR)).filter((f) => f.endsWith('.png'))).toHaveLength(cards.size);
    expect(await buildShareCards(build)).toMatchObject({ cards: cards.size, rendered: 0, backgroundMs: 0 });
    // A rebuild: the threads find every card cached and render none.
    startBackgroundCards(build);
    expect((await backgroundCards()).rendered).toBe(0);
  });

  it('renders every card itself when the background threads fail', async () => {
    const { build: whole } = copyOfFixture();
    const build = { ...whole, pages: whole.pages.slice(0, 6), dir: join(whole.dir, 'kilka') };
    rmSync(join(build.cacheRoot, CARDS_DIR), { recursive: true });
    const cards = collectCards(build.pages, { name: build.siteName, strip: build.strip.fingerprint });
    // A file where the cache folder should be: the threads cannot write a card.
    const blocked = join(build.cacheRoot, 'zablokowane');
    writeFileSync(blocked, '');
    startBackgroundCards({ ...build, cacheRoot: blocked });
    const stats = await buildShareCards(build);
    expect(stats.rendered).toBe(cards.size);
    expect(cardsIn(build.dir)).toHaveLength(cards.size);
  });

  it('makes each card from the page’s description, not from the built HTML, even when the HTML says otherwise', async () => {
    const { build, file, html } = copyOfFixture();
    const before = cardsIn(build.dir);
    rmSync(join(build.dir, CARDS_DIR), { recursive: true });
    writeFileSync(file, html.replaceAll('Model Kooperacji dla gmin wiejskich', 'Tytuł wpisany w HTML'));
    const stats = await buildShareCards(build);
    expect(stats).toMatchObject({ pages: build.pages.length, rendered: 0 });
    expect(cardsIn(build.dir)).toEqual(before);
    const model = build.pages.find((p) => p.path === '/modele/gminy-wiejskie/')!;
    expect(model.title).toBe('Model Kooperacji dla gmin wiejskich');
    expect(before).toContain(`${cardKey(cardSpecOf(model, { name: build.siteName, strip: build.strip.fingerprint }))}.png`);
  });
});
