import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/a11y.ts';
import { contentOf } from '../support/build-sites.ts';
import { useBrowserSession } from '../support/session.ts';

const { real } = inject('sites');

const session = useBrowserSession(real.dir);
const open = (path: string, width = 1280) => session.open(path, width);

const searchCode = (url: string) => /\/pagefind\/|\/_astro\/(header|runtime|page)\./.test(url);

describe('the search field in the header', () => {
  it('loads no search code on a content page until the field is used', async () => {
    const page = await open(contentOf(real).models[0]!.path);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.waitForLoadState('networkidle');
    expect(requested.filter(searchCode)).toEqual([]);
    await page.focus('#szukaj-pole');
    await page.keyboard.type('pcpr');
    await page.waitForSelector('[data-search-panel] .wynik');
    expect(requested.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    await page.context().close();
  });

  it('searches as you type, announces the count in Polish and closes with Escape', async () => {
    const page = await open('/');
    await page.focus('#szukaj-pole');
    await page.keyboard.type('spoleczna');
    await page.waitForSelector('[data-search-panel] .wynik');
    const status = await page.textContent('[data-search-panel] [role="status"]');
    expect(status).toMatch(/^\d+\u00A0(wynik|wyniki|wyników) dla „społeczna”$/);
    expect(await page.locator('[data-search-panel] mark').first().textContent()).toMatch(/ł/i);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('[data-search-panel]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-pole');
    await page.context().close();
  });

  it('is focused by the „/” shortcut', async () => {
    const page = await open('/narzedzia/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-pole');
    await page.context().close();
  });

  it('runs under the page’s Content-Security-Policy without a single violation', async () => {
    const page = await open('/');
    await page.evaluate(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.focus('#szukaj-pole');
    await page.keyboard.type('pcpr');
    await page.waitForSelector('[data-search-panel] .wynik');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toContain("default-src 'self'");
    await page.context().close();
  });

  it('the policy check sees a planted inline script being refused', async () => {
    const page = await open('/');
    const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()));
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.planted = 1';
      document.body.append(s);
    });
    await refused;
    expect(await page.evaluate(() => (window as unknown as { planted?: number }).planted)).toBeUndefined();
    await page.context().close();
  });

  it('has no accessibility violations with its results open', async () => {
    const page = await open('/', 375);
    await page.focus('#szukaj-pole');
    await page.keyboard.type('zespol');
    await page.waitForSelector('[data-search-panel] .wynik');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the search page', () => {
  it('reads the query and filters from the address and shows highlighted results', async () => {
    const page = await open('/szukaj/?q=zespol&rodzaj=rekomendacja');
    await page.waitForSelector('[data-results] .wynik');
    expect(await page.inputValue('#szukaj-zapytanie')).toBe('zespol');
    expect(await page.isChecked('#f-rodzaj-rekomendacja')).toBe(true);
    const kinds = await page.locator('[data-results] .wynik__meta').allTextContents();
    expect(kinds.every((k) => k.startsWith('rekomendacja'))).toBe(true);
    expect(await page.textContent('#f-rodzaj-rekomendacja + label [data-count]')).toMatch(/^\(\d+\)$/);
    await page.context().close();
  });

  it('puts filter changes in the address, and the back button undoes them', async () => {
    const page = await open('/szukaj/?q=diagnoza');
    await page.waitForSelector('[data-results] .wynik');
    const before = await page.textContent('[data-status]');
    await page.check('#f-typ-gminy-wiejskie');
    await page.waitForURL(/typ=gminy-wiejskie/);
    await page.waitForFunction((b) => document.querySelector('[data-status]')?.textContent !== b, before);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('typ='));
    await page.waitForFunction((b) => document.querySelector('[data-status]')?.textContent === b, before);
    expect(await page.isChecked('#f-typ-gminy-wiejskie')).toBe(false);
    await page.context().close();
  });

  it('browses by a filter alone and links sections of long pages', async () => {
    const page = await open('/szukaj/?typ=gminy-miejskie&rodzaj=narzedzie');
    await page.waitForSelector('[data-results] .wynik');
    expect(await page.locator('[data-results] .wynik').count()).toBeGreaterThan(3);
    await page.goto(`${session.server.origin}/szukaj/?q=formularz`);
    await page.waitForSelector('[data-results] .wynik__sekcje a');
    expect(await page.getAttribute('[data-results] .wynik__sekcje a >> nth=0', 'href')).toMatch(/#[a-z]/);
    await page.context().close();
  });

  it('works by keyboard alone: the field, then the filters, then the results', async () => {
    const page = await open('/szukaj/');
    // The form is shown once the script has enhanced it; a slow machine must not type into a hidden field.
    await page.waitForSelector('[data-search-page][data-enhanced]');
    await page.focus('#szukaj-zapytanie');
    await page.keyboard.type('kontrakt socjalny');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-results] .wynik');
    const order: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => (document.activeElement?.closest('[data-facet]') ? 'filtr' : document.activeElement?.closest('[data-results]') ? 'wynik' : 'inne')));
    }
    expect(order.indexOf('filtr')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('wynik')).toBeGreaterThan(order.indexOf('filtr'));
    await page.keyboard.press('Shift+Tab');
    await page.context().close();
  });

  it('has no accessibility violations with results and filters shown', async () => {
    for (const width of [375, 1280]) {
      const page = await open('/szukaj/?q=pcpr&typ=gminy-wiejskie', width);
      await page.waitForSelector('[data-results] .wynik');
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('without JavaScript says search needs it and links to the lists', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.origin}/szukaj/`);
    expect(await page.isVisible('[data-search-nojs]')).toBe(true);
    expect(await page.isHidden('[data-search-page]')).toBe(true);
    expect(await page.locator('[data-search-nojs] a[href="/rekomendacje/dla/gminy-wiejskie/"]').count()).toBe(1);
    await context.close();
  });
});
