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
    // Results for the first letters may show while typing; wait for those of the whole word.
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('„społeczna”'));
    const status = await page.textContent('[data-search-status]');
    expect(status).toMatch(/^\d+\u00A0(wynik|wyniki|wyników) dla „społeczna”$/);
    expect(await page.textContent('[data-search-panel] .site-search__status')).toBe(status);
    expect(await page.locator('[data-search-panel] mark').first().textContent()).toMatch(/ł/i);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('[data-search-panel]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-pole');
    await page.context().close();
  });

  it('is focused by the „/” shortcut outside form fields, while „/” typed in a field stays in it', async () => {
    const page = await open('/narzedzia/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-pole');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#szukaj-pole')).toBe('a/b');
    await page.context().close();
  });

  it('lets the „/” shortcut be turned off on the search page, and remembers it on other pages', async () => {
    const page = await open('/szukaj/');
    await page.waitForSelector('[data-search-page][data-enhanced]');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-zapytanie');
    expect(await page.isChecked('#skrot-ukosnik')).toBe(true);
    await page.uncheck('#skrot-ukosnik');
    await page.goto(`${session.server.origin}/narzedzia/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('szukaj-pole');
    await page.goto(`${session.server.origin}/szukaj/`);
    await page.waitForSelector('[data-search-page][data-enhanced]');
    expect(await page.isChecked('#skrot-ukosnik')).toBe(false);
    await page.check('#skrot-ukosnik');
    await page.goto(`${session.server.origin}/narzedzia/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-pole');
    await page.context().close();
  });

  it('turns the „/” shortcut off even where the browser refuses storage', async () => {
    const page = await open('/');
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('odmowa', 'SecurityError'); } });
    });
    await page.goto(`${session.server.origin}/szukaj/`);
    await page.waitForSelector('[data-search-page][data-enhanced]');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('szukaj-zapytanie');
    await page.uncheck('#skrot-ukosnik');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('szukaj-zapytanie');
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

  it('lists every result with „Pokaż więcej”, keeps how far it went in the address and moves focus to the first new result', async () => {
    const page = await open('/szukaj/?q=spoleczna', 375);
    await page.waitForSelector('[data-results] .wynik');
    const total = Number((await page.textContent('[data-status]'))!.match(/^\d+/)![0]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('[data-results] .wynik').count()).toBe(20);
    let clicks = 0;
    while (await page.isVisible('[data-more]')) {
      const shown = await page.locator('[data-results] .wynik').count();
      await page.focus('[data-more]');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] .wynik').length > n, shown);
      clicks++;
      expect(await page.evaluate(() => document.activeElement?.closest('.wynik__tytul') !== null)).toBe(true);
      expect(await page.evaluate((n) => document.querySelectorAll('[data-results] .wynik__tytul a')[n] === document.activeElement, shown)).toBe(true);
      await page.waitForURL(new RegExp(`strona=${clicks + 1}`));
    }
    expect(await page.locator('[data-results] .wynik').count()).toBe(total);
    expect(await page.textContent('[data-status]')).not.toContain('pokazano');
    await page.reload();
    await page.waitForSelector('[data-results] .wynik');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] .wynik').length === n, total);
    await page.context().close();
  });

  it('brings focus back to the result a reader opened when they return with the back button', async () => {
    const page = await open('/szukaj/?q=spoleczna');
    await page.waitForSelector('[data-results] .wynik');
    await page.click('[data-more]');
    await page.waitForURL(/strona=2/);
    const link = page.locator('[data-results] .wynik__tytul a').nth(22);
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.goBack();
    await page.waitForURL(/strona=2/);
    await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h && document.activeElement.closest('.wynik__tytul') !== null, href);
    expect(await page.locator('[data-results] .wynik').count()).toBeGreaterThan(22);
    await page.context().close();
  });

  it('announces the first count: its live region is shown empty before any text is put in it', async () => {
    const page = await open('/');
    await page.addInitScript(() => {
      const seen: { shown: boolean; text: string }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const root = document.querySelector<HTMLElement>('[data-search-page]');
        const status = document.querySelector('[data-status]');
        if (root && status) seen.push({ shown: !root.hidden, text: status.textContent ?? '' });
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.goto(`${session.server.origin}/szukaj/?q=pcpr`);
    await page.waitForSelector('[data-results] .wynik');
    const seen = await page.evaluate(() => (window as unknown as { seen: { shown: boolean; text: string }[] }).seen);
    const firstText = seen.findIndex((s) => s.text !== '');
    expect(firstText).toBeGreaterThan(0);
    expect(seen.slice(0, firstText).some((s) => s.shown && s.text === '')).toBe(true);
    await page.context().close();
  });

  it('on a phone puts the results before the filters, folded to one line that opens to filters with counts', async () => {
    const phone = await open('/szukaj/?q=zespol', 375);
    await phone.waitForSelector('[data-results] .wynik');
    expect(await phone.evaluate(() => (document.querySelector('[data-filters]') as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.isVisible('[data-facet]')).toBe(false);
    // Between the search field and the first result only the folded filters line, the heading and the count remain.
    const gap = await phone.evaluate(() => document.querySelector('[data-results] .wynik')!.getBoundingClientRect().top - document.querySelector('[data-search-page-form]')!.getBoundingClientRect().bottom);
    expect(gap).toBeLessThan(160);
    await phone.click('[data-filters] summary');
    expect(await phone.isVisible('[data-facet]')).toBe(true);
    expect(await phone.textContent('[data-facet] [data-count] >> nth=0')).toMatch(/^\(\d+\)$/);
    await phone.check('[data-facet="rodzaj"] input >> nth=0');
    await phone.waitForSelector('[data-chosen]:has-text("wybrane: 1")');
    await phone.context().close();
    const desktop = await open('/szukaj/?q=zespol', 1280);
    await desktop.waitForSelector('[data-results] .wynik');
    expect(await desktop.isVisible('[data-facet]')).toBe(true);
    await desktop.context().close();
  });

  it('takes a phone user from the header field to the page of „kontrakt socjalny” in two taps', async () => {
    const page = await open('/', 375);
    await page.click('#szukaj-pole');
    await page.keyboard.type('kontrakt socjalny');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/szukaj\/\?q=kontrakt/);
    await page.waitForSelector('[data-results] .wynik');
    const first = page.locator('[data-results] .wynik__tytul a').first();
    const top = await first.evaluate((a) => a.getBoundingClientRect().top + scrollY);
    console.info(`„kontrakt socjalny” na telefonie: pierwszy wynik ${Math.round(top)} px od góry strony`);
    // On the first 375×740 screen, under the header and the page's own field (it used to start about 1,500 px down).
    expect(top).toBeLessThan(740);
    const title = await first.textContent();
    await first.click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.textContent('h1')).toBe(title);
    expect((await page.textContent('main'))!.toLowerCase()).toMatch(/kontrakt\S* socjaln/);
    await page.context().close();
  });

  it('lets a phone user list every recommendation for one institution through the addressee filter, counted beside it', async () => {
    const expected = contentOf(real).recommendations.filter((r) => (r.data.adresaci as readonly string[]).includes('pcpr')).map((r) => r.path).sort();
    const page = await open('/szukaj/', 375);
    await page.waitForSelector('[data-search-page][data-enhanced]');
    await page.click('[data-filters] summary');
    await page.click('label[for="f-adresat-pcpr"]');
    await page.waitForURL(/adresat=pcpr/);
    await page.waitForSelector('[data-results] .wynik');
    let taps = 2;
    while (await page.isVisible('[data-more]')) {
      const shown = await page.locator('[data-results] .wynik').count();
      await page.click('[data-more]');
      taps++;
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] .wynik').length > n, shown);
    }
    const listed = await page.locator('[data-results] .wynik__tytul a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    console.info(`rekomendacje dla PCPR na telefonie: ${listed.length} z ${expected.length} po ${taps} dotknięciach`);
    expect(listed.sort()).toEqual(expected);
    expect(await page.textContent('#f-adresat-pcpr + label [data-count]')).toBe(`(${expected.length})`);
    expect((await page.locator('[data-results] .wynik__meta').allTextContents()).every((k) => k.startsWith('rekomendacja'))).toBe(true);
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
    for (let i = 0; i < 45; i++) {
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
      const page = await open('/szukaj/?q=spoleczna', width);
      await page.waitForSelector('[data-results] .wynik');
      await page.evaluate(() => ((document.querySelector('[data-filters]') as HTMLDetailsElement).open = true));
      expect(await page.isVisible('[data-more]')).toBe(true);
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
