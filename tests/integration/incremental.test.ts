/**
 * The incremental build (src/content/page-keys.ts) against a build from
 * scratch: after edits of several kinds, a rebuild that copies unchanged
 * pages from the last build must publish the same bytes as a build that
 * renders every page, and must really have copied most of them. A stale
 * copy planted in the cache must show up as the only difference.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { CARD_CACHE, ROOT, sitesBuilt } from '../support/build-sites.ts';

const { fixture } = inject('sites');
const work = mkdtempSync(join(tmpdir(), 'koop-przyrostowo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const cache = join(work, 'cache');

function build(out: string, cacheDir = cache): void {
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', BASE_PATH: '/', KOOP_CACHE_DIR: cacheDir },
  });
  if (run.status !== 0) throw new Error(`build into ${out} failed:\n${run.stderr}`);
}

/** Every file under `dir`, by its path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort()
      .map((f) => [f.split('\\').join('/'), readFileSync(join(dir, f))]),
  );
}

/** The files that differ between two built sites (missing on either side or with other bytes). */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = files(b);
  return [...new Set([...left.keys(), ...right.keys()])]
    .filter((f) => {
      const [a, b] = [left.get(f), right.get(f)];
      return !a || !b || !a.equals(b);
    })
    .sort();
}

/** Folders of the build cache whose files are named by a hash of what they are made from (src/build/cache.ts). */
const CONTENT_ADDRESSED = ['pakiety', 'karty', 'obrazy'];

/** Where Astro's incremental build keeps its copies of the pages (one site per cache here). */
function pageCopiesDir(cacheDir: string): string {
  const astro = join(cacheDir, 'astro');
  return join(astro, readdirSync(astro)[0]!, 'dist');
}

/** The copies of pages Astro's incremental build keeps, with the time each was last written. */
function pageCopies(cacheDir: string): Map<string, number> {
  const dist = pageCopiesDir(cacheDir);
  return new Map(readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => [f.split('\\').join('/'), statSync(join(dist, f)).mtimeMs]));
}

/** A fresh cache that keeps only the content-addressed PDFs, DOCX and cards (not under test here), so the build renders every page. */
function freshPagesCache(name: string): string {
  const dir = join(work, name);
  for (const kept of CONTENT_ADDRESSED) cpSync(join(cache, kept), join(dir, kept), { recursive: true });
  return dir;
}

const append = (file: string, text: string) => writeFileSync(join(content, file), `${readFileSync(join(content, file), 'utf8')}\n${text}\n`);

describe('a rebuild that copies unchanged pages from the last build', () => {
  cpSync(fixture.content, content, { recursive: true });
  const first = join(work, 'pierwsze');
  const again = join(work, 'ponowne');
  const scratch = join(work, 'od-zera');
  const planted = 'spotkania/index.html';
  let rendered: string[] = [];
  let pages = 0;

  it('publishes the same bytes as a build from scratch after edits of bodies of several kinds, a tool’s among them, except a planted stale copy it must catch', { timeout: 600_000 }, async () => {
    // The test sites' PDFs, DOCX and cards are content-addressed: the same fixture needs none of them again.
    await sitesBuilt();
    for (const kept of CONTENT_ADDRESSED) cpSync(join(CARD_CACHE, kept), join(cache, kept), { recursive: true });
    build(first);
    pages = htmlFiles(first).length;
    // A tool's body (its PDF, sizes and bundle change), a recommendation's, a meeting report's and a page's.
    append('narzedzia/deklaracja.md', 'Akapit dopisany do narzędzia w teście budowania przyrostowego.');
    append('rekomendacje/r01-zespol.md', 'Akapit dopisany do rekomendacji w teście budowania przyrostowego.');
    append('spotkania/liderzy.md', 'Akapit dopisany do relacji w teście budowania przyrostowego.');
    append('strony/o-projekcie.md', 'Akapit dopisany do strony w teście budowania przyrostowego.');
    // The fault the comparison must catch: the copy of a page no edit shows (a list) made stale, as a key that missed a change would leave it.
    const copy = join(pageCopiesDir(cache), ...planted.split('/'));
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('</main>', '<p>Stara wersja strony.</p></main>'));
    const started = Date.now();
    build(again);
    rendered = [...pageCopies(cache)].filter(([, written]) => written >= started).map(([f]) => f);
    build(scratch, freshPagesCache('pamiec-od-zera'));
    // The search index holds the planted sentence too.
    expect(differences(again, scratch).filter((f) => !f.startsWith('pagefind/'))).toEqual([planted]);
    expect(differences(first, again).filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(5);
  });

  it('renders only the pages the edits show on, and copies the rest', () => {
    expect(rendered).toEqual(expect.arrayContaining(['narzedzia/deklaracja/index.html', 'rekomendacje/r01-zespol/index.html', 'spotkania/liderzy/index.html', 'o-projekcie/index.html']));
    expect(rendered).not.toContain(planted);
    // The tool's new PDF changes the downloads page and the models' bundle sizes; everything else is copied.
    expect(rendered.length).toBeLessThan(pages / 3);
  });
});
