/**
 * Every page of both built sites at a phone's width, and one page of each
 * template (tests/support/templates.ts) at a desktop width: no axe violation
 * (WCAG 2.1 A and AA), the EU logo strip in the first viewport, nothing asked
 * of another origin. At 375 px every page is checked, so each template is
 * checked at both widths.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { urlOf } from '../../scripts/lib/pages.ts';
import { checkPages, type PassFindings } from '../support/page-pass.ts';
import { siteTemplates } from '../support/templates.ts';
import { CONTENTS_EXEMPT, contentsProblem } from '../support/checks/contents.ts';
import { DESKTOP, PHONE, phoneTableProblems } from '../support/chrome-checks.ts';
import { useBrowser } from '../support/session.ts';
import type { BuiltSite } from '../support/build-sites.ts';

const { fixture, real } = inject('sites');

const SITES: Array<[string, BuiltSite]> = [
  ['the project’s content', real],
  ['fixture content', fixture],
];
const chromium = useBrowser();

const everyPage = (site: BuiltSite) => htmlFiles(site.dir).map((f) => urlOf(f, '/'));

describe.each(SITES)('every page built from %s, at 375 px', (_name, site) => {
  let found: PassFindings;
  beforeAll(async () => {
    found = await checkPages(chromium.browser, site.dir, everyPage(site), {
      ...PHONE,
      inspect: {
        contents: async (page, path) => {
          const problem = CONTENTS_EXEMPT.has(path) ? undefined : await contentsProblem(page);
          return problem ? [problem] : [];
        },
        tables: phoneTableProblems,
      },
    });
  });

  it('has no axe violation', () => {
    expect(found.pages).toBe(everyPage(site).length);
    expect(found.violations).toEqual([]);
  });

  it('shows the EU logo strip inside the first viewport', () => {
    expect(found.stripHidden).toEqual([]);
  });

  it('asks no other origin for anything', () => {
    expect(found.foreign).toEqual([]);
  });

  it('has „Na tej stronie” on every page longer than three phone screens with two or more sections, and only on long pages', () => {
    expect(found.inspected.contents).toEqual([]);
  });

  it('keeps every table word whole, each table in a focusable, labelled region that scrolls, and no page wider than the screen', () => {
    expect(found.inspected.tables).toEqual([]);
  });
});

describe.each(SITES)('one page of each template built from %s, at 1280 px', (_name, site) => {
  let found: PassFindings;
  const samples = siteTemplates(site.dir).map((t) => t.sample);
  beforeAll(async () => {
    found = await checkPages(chromium.browser, site.dir, samples, DESKTOP);
  });

  it('has no axe violation', () => {
    expect(found.pages).toBe(samples.length);
    expect(found.violations).toEqual([]);
  });

  it('shows the EU logo strip inside the first viewport', () => {
    expect(found.stripHidden).toEqual([]);
  });

  it('asks no other origin for anything', () => {
    expect(found.foreign).toEqual([]);
  });
});

describe('the page checks', () => {
  it('report a planted image without alt text, text with too little contrast, an image from another origin and a strip below the fold', async () => {
    const found = await checkPages(chromium.browser, fixture.dir, ['/'], {
      ...PHONE,
      plant: async (page) => {
        await page.evaluate(() =>
          document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="x.png"><p style="color:#ccc">Słabo widoczny tekst</p><img src="http://127.0.0.2:9/x.png" alt="x">'),
        );
        await page.addStyleTag({ content: '.eu { margin-top: 2000px; }' });
      },
    });
    expect(found.violations.some((v) => v.startsWith('/ @375px image-alt:'))).toBe(true);
    expect(found.violations.some((v) => v.startsWith('/ @375px color-contrast:'))).toBe(true);
    expect(found.foreign).toEqual(['http://127.0.0.2:9/x.png']);
    expect(found.stripHidden).toEqual(['/']);
  });
});
