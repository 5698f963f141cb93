import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { CONFIG_FILE, EDITORS_DIR } from '../../src/cms/page.ts';
import { KINDS } from '../../src/content/kinds.ts';
import { bundleFiles, CMS_ENTRY } from '../../src/integrations/cms-bundle.ts';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { readPages } from '../../scripts/lib/pages.ts';
import { contentOf, type BuiltSite } from '../support/build-sites.ts';

const { fixtureSubPath, real } = inject('sites');
const SITES: Array<[string, BuiltSite]> = [
  ['fixture content under a sub-path', fixtureSubPath],
  ['the project’s content', real],
];
const editors = (site: BuiltSite, file = '') => join(site.dir, EDITORS_DIR, file);

describe('the editors’ page in the built site', () => {
  it.each(SITES)('is written with its configuration and the CMS next to it, in %s', (_name, site) => {
    const html = readFileSync(editors(site, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain(`<script type="module" src="${CMS_ENTRY}"></script>`);
    const config = JSON.parse(readFileSync(editors(site, CONFIG_FILE), 'utf8')) as { site_url: string; collections: { name: string }[] };
    expect(config.collections.map((c) => c.name)).toEqual(KINDS.map((k) => k.folder));
    expect(config.site_url).toBe(contentOf(site).settings.serwis.adres);
    expect(existsSync(editors(site, CMS_ENTRY))).toBe(true);
  });

  it.each(SITES)('is none of the site’s pages: not in the page lists, the sitemap, the feed or any link, in %s', (_name, site) => {
    expect(htmlFiles(site.dir).filter((f) => f.startsWith(`${EDITORS_DIR}/`))).toEqual([]);
    expect(readFileSync(join(site.dir, 'sitemap.xml'), 'utf8')).not.toContain(`/${EDITORS_DIR}/`);
    expect(readFileSync(join(site.dir, 'kanal.xml'), 'utf8')).not.toContain(`/${EDITORS_DIR}/`);
    const linking = readPages(site.dir, site.base).filter((p) => p.dom.querySelectorAll('a').some((a) => (a.getAttribute('href') ?? '').includes(`/${EDITORS_DIR}/`)));
    expect(linking.map((p) => p.url)).toEqual([]);
    expect(readFileSync(editors(site, 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('ships the CMS with its Polish strings and without its stylesheet’s CDN fonts', () => {
    const files = bundleFiles(editors(fixtureSubPath));
    const code = files.filter((f) => f.file.endsWith('.js')).map((f) => readFileSync(editors(fixtureSubPath, f.file), 'utf8')).join('\n');
    expect(files.some((f) => /^pliki\/pl-[\w-]+\.js$/.test(f.file))).toBe(true);
    expect(files.filter((f) => f.file.endsWith('.woff2')).length).toBe(3);
    expect(code).not.toContain('src:url(https://cdn.jsdelivr.net');
    const entry = readFileSync(editors(fixtureSubPath, CMS_ENTRY));
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`Strona redakcji: ${CMS_ENTRY} ${entry.length} B (gzip ${gzipSync(entry).length} B); wszystkie pliki ${total} B`);
  });
});
