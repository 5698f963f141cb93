import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEntries, contentOf, loadContent, type Content, type Tool } from '../../src/content/index.ts';
import { NOT_FOUND_PATH, describeEntry, describePages, describeSitePage, lastUpdated, type PageDescription } from '../../src/content/page-description.ts';
import { SITE_PATHS, recommendationsForType, sitePaths } from '../../src/content/routes.ts';
import { toolDisclaimer } from '../../src/content/tool-facts.ts';
import { MUNICIPALITY_TYPE_IDS } from '../../src/domain/municipalities.ts';

const result = loadContent(resolve(import.meta.dirname, '../fixtures/basic/content'));
if (!result.ok) throw new Error('fixture content must be valid');
const content = result.content;
const ADDRESS = content.settings.serwis.adres;
const SITE = content.settings.serwis.nazwa;

const find = <T extends { id: string }>(list: readonly T[], id: string): T => list.find((e) => e.id === id)!;
const crumbs = (page: PageDescription) => page.breadcrumbs.map((c) => `${c.label} → ${c.path}`);

describe('the description of an entry page', () => {
  it('gives a model its title, absolute address, trail under the list of models, its municipality type and search filters', () => {
    const model = find(content.models, 'gminy-wiejskie');
    const page = describeEntry(content, model);
    expect(page).toMatchObject({
      path: '/modele/gminy-wiejskie/',
      url: `${ADDRESS}modele/gminy-wiejskie/`,
      title: model.data.tytul,
      documentTitle: `${model.data.tytul} – ${SITE}`,
      description: model.data.opis,
      kind: 'model',
      types: ['wiejska'],
      filters: { typ: ['gminy wiejskie'], rodzaj: ['model'] },
      searchable: true,
      indexable: true,
    });
    expect(crumbs(page)).toEqual(['Modele Kooperacji → /modele/', `${model.data.tytul} → /modele/gminy-wiejskie/`]);
  });

  it('gives a meeting report the day it took place for sorting search results, and no day when the date is unknown', () => {
    const dated = describeEntry(content, find(content.meetings, '2021-06-15-spotkanie'));
    const undated = describeEntry(content, find(content.meetings, 'liderzy'));
    expect(dated).toMatchObject({ kind: 'spotkanie', date: '2021-06-15', types: ['miejska'], filters: { typ: ['gminy miejskie'], rodzaj: ['relacja ze spotkania'] } });
    expect(undated.date).toBeUndefined();
    expect(crumbs(undated)[0]).toBe('Spotkania → /spotkania/');
  });

  it('lists municipality types in the declared order, whatever order the editor wrote them in', () => {
    const meeting = find(content.meetings, 'liderzy');
    expect(describeEntry(content, { ...meeting, data: { ...meeting.data, odbiorcy: ['miejska', 'wiejska'] } }).types).toEqual(['wiejska', 'miejska']);
  });

  it('titles a recommendation with its number, ends its trail with „Rekomendacja N” and files it under its area and addressees in search', () => {
    const rec = find(content.recommendations, 'r02-diagnoza');
    const page = describeEntry(content, rec);
    expect(page.title).toBe(`Rekomendacja 2: ${rec.data.tytul}`);
    expect(crumbs(page)).toEqual(['Rekomendacje → /rekomendacje/', 'Rekomendacja 2 → /rekomendacje/r02-diagnoza/']);
    expect(page.filters).toEqual({ typ: ['gminy miejsko-wiejskie'], rodzaj: ['rekomendacja'], obszar: ['Diagnoza i planowanie wsparcia'], adresat: ['ośrodek pomocy społecznej (OPS, MOPS, GOPS)', 'powiatowe centrum pomocy rodzinie (PCPR)'] });
  });

  it('shows no municipality types on a standalone page’s card but files the page under every type in search', () => {
    const page = describeEntry(content, find(content.pages, 'o-projekcie'));
    expect(page).toMatchObject({ kind: 'strona', types: [], path: '/o-projekcie/' });
    expect(page.filters.typ).toEqual(['gminy wiejskie', 'gminy miejsko-wiejskie', 'gminy miejskie']);
    expect(crumbs(page)).toEqual(['O projekcie → /o-projekcie/']);
  });

  it('carries no tool facts for entries that are not tools', () => {
    for (const entry of allEntries(content).filter((e) => e.kind !== 'narzedzie')) expect(describeEntry(content, entry).tool).toBeUndefined();
  });
});

describe('the last update of a page', () => {
  const tool = find(content.tools, 'deklaracja');
  const updated = (data: Partial<Tool['data']>) => ({ ...tool, data: { ...tool.data, ...data } });

  it('is the day of `zaktualizowano` when the entry has one', () => {
    const entry = updated({ zaktualizowano: '2026-12-24' });
    expect(lastUpdated(entry)).toBe('2026-12-24');
    expect(describeEntry(content, entry).updated).toBe('2026-12-24');
  });

  it('falls back to the day the entry was added (`dodano`)', () => {
    expect(tool.data.zaktualizowano).toBeUndefined();
    expect(describeEntry(content, tool).updated).toBe(tool.data.dodano);
  });

  it('is absent for an entry with neither day and for the site’s own pages', () => {
    expect(describeEntry(content, content.models[0]!).updated).toBeUndefined();
    expect(describeSitePage(content, SITE_PATHS.tools).updated).toBeUndefined();
  });
});

describe('the facts and disclaimer of a tool', () => {
  it('say what the tool is for, who fills it in and when, and which bundles it is part of', () => {
    const tool = find(content.tools, 'karta-diagnozy');
    const facts = describeEntry(content, tool).tool;
    expect(facts).toMatchObject({
      purpose: tool.data.cel,
      filledBy: tool.data.kto_wypelnia,
      when: tool.data.kiedy,
      types: ['miejska'],
      bundles: [{ title: 'Pakiet narzędzi dla gmin miejskich', path: '/do-pobrania/pakiet-narzedzi-gminy-miejskie.pdf' }],
      basis: 'propozycja serwisu – źródła o modelach nie wymieniają takiego dokumentu',
    });
    expect(describeEntry(content, find(content.tools, 'deklaracja')).tool.bundles).toHaveLength(3);
  });

  it('name the stage in the shared vocabulary for the PDF and as each model names it, linked to the stage on the model page', () => {
    const tool = find(content.tools, 'deklaracja');
    const renamed: Content = {
      ...content,
      models: content.models.map((m) =>
        m.data.typ_gminy === 'miejska' ? { ...m, data: { ...m.data, etapy: m.data.etapy.map((e) => (e.etap === 'porozumienie' ? { ...e, nazwa: 'Zawarcie porozumienia' } : e)) } } : m,
      ),
    };
    const { stage } = describeEntry(renamed, tool).tool;
    expect(stage.label).toBe('Porozumienie');
    expect(stage.inModels.map((s) => [s.typeLabel, s.name, s.path])).toEqual([
      ['gminy wiejskie', 'Porozumienie', '/modele/gminy-wiejskie/#etap-porozumienie'],
      ['gminy miejsko-wiejskie', 'Porozumienie', '/modele/gminy-miejsko-wiejskie/#etap-porozumienie'],
      ['gminy miejskie', 'Zawarcie porozumienia', '/modele/gminy-miejskie/#etap-porozumienie'],
    ]);
  });

  it('say where the sources name the tool and that it is the site’s proposal for the other types', () => {
    const tool = find(content.tools, 'deklaracja');
    const named = { ...tool, data: { ...tool.data, w_zrodlach: ['miejska' as const, 'wiejska' as const] } };
    expect(describeEntry(content, named).tool.basis).toBe(
      'źródła o modelu dla gmin wiejskich i dla gmin miejskich wymieniają takie narzędzie, ale nie podają jego treści; dla pozostałych typów gmin to propozycja serwisu',
    );
  });

  it('end with the one „not an official form” sentence the page and the PDF both show', () => {
    const facts = describeEntry(content, find(content.tools, 'deklaracja')).tool;
    expect(facts.disclaimer).toBe(toolDisclaimer(content));
    expect(facts.disclaimer).toBe(
      'Wzór opracowany na potrzeby serwisu; nie pochodzi z dokumentów projektów i nie jest oficjalnym formularzem. Można go dostosować do potrzeb instytucji.',
    );
  });
});

describe('the descriptions of the site’s own pages', () => {
  it('put the site’s name first in the home page’s document title, with the home title and the site description from settings', () => {
    const home = describeSitePage(content, SITE_PATHS.home);
    expect(home).toMatchObject({
      path: '/',
      url: ADDRESS,
      title: content.settings.strona_glowna.tytul,
      documentTitle: `${SITE} – ${content.settings.strona_glowna.tytul}`,
      description: content.settings.serwis.opis,
      breadcrumbs: [],
      searchable: false,
      filters: {},
    });
    expect(home.kind).toBeUndefined();
  });

  it('give a list page its trail step with the navigation’s label, which the trail of its entries starts with', () => {
    const list = describeSitePage(content, SITE_PATHS.meetings);
    expect(list.title).toBe('Spotkania i relacje');
    expect(crumbs(list)).toEqual(['Spotkania → /spotkania/']);
    expect(describeEntry(content, content.meetings[0]!).breadcrumbs[0]).toEqual(list.breadcrumbs[0]);
  });

  it('give the recommendations for one municipality type that type, for their card, under the list of recommendations', () => {
    const page = describeSitePage(content, recommendationsForType('gminy-miejskie'));
    expect(page).toMatchObject({ title: 'Rekomendacje dla gmin miejskich', description: 'Rekomendacje, które dotyczą gmin miejskich.', types: ['miejska'] });
    expect(crumbs(page)).toEqual(['Rekomendacje → /rekomendacje/', 'gminy miejskie → /rekomendacje/dla/gminy-miejskie/']);
  });

  it('keep the not-found page out of the sitemap and search engines, with no trail', () => {
    expect(describeSitePage(content, NOT_FOUND_PATH)).toMatchObject({ path: '/404/', title: 'Nie znaleziono strony', indexable: false, breadcrumbs: [] });
  });

  it('refuse a path that is no page of the site', () => {
    expect(() => describeSitePage(content, '/nie-ma/')).toThrow('/nie-ma/');
  });
});

describe('every page of the site', () => {
  const pages = describePages(content);

  it('has one description: the site’s own pages in the order of the routes, every entry, then the not-found page', () => {
    const entries = allEntries(content).map((e) => e.path);
    expect([...pages.keys()]).toEqual([...sitePaths(), ...entries, NOT_FOUND_PATH]);
    for (const [path, page] of pages) expect(page.path).toBe(path);
  });

  it('has an absolute address under the site’s address, a title and a description', () => {
    for (const page of pages.values()) {
      expect(page.url).toBe(new URL(page.path.slice(1), ADDRESS).toString());
      expect(page.title.trim()).not.toBe('');
      expect(page.description.trim()).not.toBe('');
      expect(page.types.every((t) => MUNICIPALITY_TYPE_IDS.includes(t))).toBe(true);
    }
  });

  it('ends its trail with itself wherever a trail is shown', () => {
    for (const page of pages.values()) if (page.breadcrumbs.length > 0) expect(page.breadcrumbs.at(-1)!.path).toBe(page.path);
  });
});

describe('placeholders in content', () => {
  const marked = (c: Content) => [...describePages(c).values()].filter((p) => JSON.stringify(p).includes('[DO UZUPEŁNIENIA'));

  it('left in the institution’s settings or in an entry’s text reach no description', () => {
    expect(JSON.stringify(content.settings.instytucja)).toContain('[DO UZUPEŁNIENIA');
    const tool = content.tools[0]!;
    const body = { ...tool.body, children: [...tool.body.children, { type: 'paragraph' as const, children: [{ type: 'text' as const, value: '[DO UZUPEŁNIENIA: kwota]' }] }] };
    expect(marked(contentOf(content.dir, content.settings, { ...content.entries, narzedzie: content.tools.map((t) => (t === tool ? { ...t, body } : t)) }))).toEqual([]);
  });

  it('show only where a described field itself is still a placeholder, as the editor wrote it', () => {
    const tool = content.tools[0]!;
    const planted = contentOf(content.dir, content.settings, { ...content.entries, narzedzie: content.tools.map((t) => (t === tool ? { ...t, data: { ...t.data, opis: '[DO UZUPEŁNIENIA: opis wzoru]' } } : t)) });
    expect(marked(planted).map((p) => [p.path, p.description])).toEqual([[tool.path, '[DO UZUPEŁNIENIA: opis wzoru]']]);
  });
});
