import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contentOf } from '../support/build-sites.ts';
import { useBrowserSession } from '../support/session.ts';
import { contentsProblem } from '../support/checks/contents.ts';

const { real } = inject('sites');
const session = useBrowserSession(real.dir);
const content = contentOf(real);
const SCREEN = { width: 375, height: 740 };
const WIDTHS = [375, 1280] as const;
const models = content.models.map((m) => m.path);

// The rule on every page of both sites is checked in the accessibility pass at 375 × 740 px (tests/browser/accessibility.test.ts).

describe('long pages', () => {
  it.each(WIDTHS)('a model page at %i px starts with the toolkit download within two phone screens, then „Na tej stronie” with every section', async (width) => {
    const page = await session.open(models[0]!, width, SCREEN.height);
    for (const path of models) {
      await page.goto(session.server.origin + path);
      const top = await page.evaluate(() => {
        const download = document.querySelector('main .download a')!;
        const nav = document.querySelector('main nav.contents')!;
        return {
          download: download.getBoundingClientRect().top + scrollY,
          navFollows: download.closest('.download')!.nextElementSibling === nav,
          label: nav.getAttribute('aria-labelledby') && document.getElementById(nav.getAttribute('aria-labelledby')!)!.textContent,
        };
      });
      expect(top.download, path).toBeLessThan(2 * SCREEN.height);
      expect(top.navFollows, path).toBe(true);
      expect(top.label).toBe('Na tej stronie');
      expect(await contentsProblem(page), path).toBeUndefined();
    }
    await page.context().close();
  });

  it('a contents link takes the reader to its section, by keyboard too', async () => {
    const page = await session.open(models[0]!, SCREEN.width, SCREEN.height);
    const link = page.locator('nav.contents a').nth(1);
    const target = (await link.getAttribute('href'))!;
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, target);
    const inView = await page.evaluate((hash) => {
      const box = document.querySelector(hash)!.getBoundingClientRect();
      return box.top > -1 && box.top < window.innerHeight;
    }, target);
    expect(inView).toBe(true);
    await page.context().close();
  });

  it('the contents check notices a long page without contents, a short one with them and contents out of step with the page, and takes linked entry titles for a list, not sections', async () => {
    const page = await session.open(models[0]!, SCREEN.width, SCREEN.height, { plant: true });
    await page.evaluate(() => {
      const h = document.createElement('h2');
      h.id = 'dopisana';
      h.textContent = 'Dopisana sekcja';
      document.querySelector('main')!.append(h);
    });
    expect(await contentsProblem(page)).toMatch(/^contents \[.*\] differ from the sections \[.*"#dopisana Dopisana sekcja"\]$/);
    await page.evaluate(() => document.querySelector('nav.contents')!.remove());
    expect(await contentsProblem(page)).toMatch(/^no contents on a page of \d+\.\d screens with \d+ sections$/);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.innerHTML = '<h1>Krótka</h1><nav class="contents"><a href="#a">A</a></nav><h2 id="a">A</h2>';
    });
    expect(await contentsProblem(page)).toMatch(/^contents on a page of 0\.\d screens$/);
    await page.evaluate(() => {
      const entry = (i: number) => `<li><h2><a href="/wpis-${i}/">Wpis ${i}</a></h2><p>${'Opis wpisu. '.repeat(40)}</p></li>`;
      document.querySelector('main')!.innerHTML = `<h1>Lista</h1><ul class="list">${Array.from({ length: 12 }, (_, i) => entry(i)).join('')}</ul>`;
    });
    expect(await contentsProblem(page)).toBeUndefined();
    await page.evaluate(() => {
      for (const h of document.querySelectorAll('main h2')) h.append(' – sekcja');
    });
    expect(await contentsProblem(page)).toMatch(/^no contents on a page of \d+\.\d screens with 12 sections$/);
    await page.context().close();
  });
});

describe('a model’s stages', () => {
  it.each(WIDTHS)('at %i px read number first, in the accessibility tree, with each tool one tab stop and no picture of them to tab through', async (width) => {
    const page = await session.open(models[0]!, width);
    const tree = await page.locator('ol.path').ariaSnapshot();
    const headings = [...tree.matchAll(/heading "([^"]*)" \[level=3\]/g)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(1);
    headings.forEach((h, i) => expect(h).toMatch(new RegExp(`^${i + 1} \\S`)));
    const tabbable = await page.evaluate(() =>
      [...document.querySelectorAll('main a[href], main summary, main [tabindex]:not([tabindex="-1"])')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ href: el.getAttribute('href'), inSvg: !!el.closest('svg'), inPath: !!el.closest('ol.path') })),
    );
    expect(tabbable.filter((t) => t.inSvg)).toEqual([]);
    const toolHrefs = tabbable.filter((t) => t.inPath).map((t) => t.href);
    expect(toolHrefs.length).toBeGreaterThan(0);
    for (const href of toolHrefs) expect(tabbable.filter((t) => t.href === href), href!).toHaveLength(1);
    await page.context().close();
  });

  it('the comparison page’s pictures are images without tab stops, each named by its title', async () => {
    const page = await session.open('/modele/', 1280);
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('svg.diagram')].map((svg) => ({ role: svg.getAttribute('role'), title: svg.querySelector('title')!.textContent, links: svg.querySelectorAll('a, [tabindex]').length })),
    );
    expect(names.length).toBe(2 * models.length);
    for (const n of names) expect(n).toEqual({ role: 'img', title: expect.any(String), links: 0 });
    const tree = await page.locator('main').ariaSnapshot();
    for (const n of names) expect(tree).toContain(`img "${n.title}"`);
    await page.context().close();
  });
});

describe('tasks on the model pages, end to end (the click counts go to the closing note)', () => {
  const modelOf = (type: string) => content.models.find((m) => m.data.typ_gminy === type)!;

  // Each click is one step below: the home page's link to the model, then the contents' link to its stages.
  it.each(WIDTHS)('at %i px a visitor learns the urban model stage by stage: from the home page, two clicks reach its first stage', async (width) => {
    const model = modelOf('miejska');
    const page = await session.open('/', width, width < 500 ? SCREEN.height : 900);
    await page.locator(`main a[href="${model.path}"]`).first().click();
    await page.waitForURL(`**${model.path}`);
    await page.locator('nav.contents a[href="#etapy"]').click();
    await page.waitForFunction(() => location.hash === '#etapy');
    const stages = page.locator('ol.path > li');
    const count = await stages.count();
    expect(count).toBe(model.data.etapy.length);
    for (let i = 0; i < count; i++) {
      const heading = stages.nth(i).locator('h3');
      await heading.scrollIntoViewIfNeeded();
      expect(await heading.isVisible()).toBe(true);
      expect((await heading.innerText()).replace(/\s+/g, ' ')).toMatch(new RegExp(`^${i + 1} \\S`));
      expect(await stages.nth(i).locator('ul > li').count()).toBe(model.data.etapy[i]!.kroki.length);
    }
    await page.context().close();
  });

  // Clicks: the model on the home page, its toolkit; then a template at one of its stages, that template's PDF.
  it.each(WIDTHS)('at %i px a rural municipality employee downloads the toolkit in two clicks from the home page and one form in two more', async (width) => {
    const model = modelOf('wiejska');
    const page = await session.open('/', width, width < 500 ? SCREEN.height : 900);
    const pdfOn = async (link: ReturnType<Page['locator']>) => {
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('.pdf')), link.click()]);
      return { status: response.status(), type: response.headers()['content-type'] };
    };
    await page.locator(`main a[href="${model.path}"]`).first().click();
    await page.waitForURL(`**${model.path}`);
    const bundle = page.locator('main .download a[href$=".pdf"]').first();
    expect(await bundle.isVisible()).toBe(true);
    expect(await pdfOn(bundle)).toEqual({ status: 200, type: 'application/pdf' });
    await page.goto(session.server.origin + model.path);
    await page.locator('ol.path .path__tools a').first().click();
    await page.waitForURL('**/narzedzia/**');
    expect(await pdfOn(page.locator('main a[href$=".pdf"]').first())).toEqual({ status: 200, type: 'application/pdf' });
    await page.context().close();
  });
});
