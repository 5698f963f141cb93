/**
 * The incremental build (src/content/page-keys.ts) against a build from
 * scratch: after edits of several kinds, a rebuild that copies unchanged
 * pages from the last build must publish the same bytes as a build that
 * renders every page, and must really have copied most of them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { ROOT } from '../support/build-sites.ts';

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
  return [...new Set([...left.keys(), ...right.keys()])].filter((f) => !left.get(f)?.equals(right.get(f) ?? Buffer.alloc(0)) || !right.has(f)).sort();
}

/** The copies of pages Astro's incremental build keeps, with the time each was last written. */
function pageCopies(cacheDir: string): Map<string, number> {
  const astro = join(cacheDir, 'astro');
  const [site] = readdirSync(astro);
  const dist = join(astro, site!, 'dist');
  return new Map(readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => [f, statSync(join(dist, f)).mtimeMs]));
}

/** A fresh cache that keeps only the content-addressed PDFs, DOCX and cards (not under test here), so the build renders every page. */
function freshPagesCache(name: string): string {
  const dir = join(work, name);
  for (const kept of ['pakiety', 'karty', 'obrazy']) cpSync(join(cache, kept), join(dir, kept), { recursive: true });
  return dir;
}

const append = (file: string, text: string) => writeFileSync(join(content, file), `${readFileSync(join(content, file), 'utf8')}\n${text}\n`);

describe('a rebuild that copies unchanged pages from the last build', () => {
  cpSync(fixture.content, content, { recursive: true });
  const first = join(work, 'pierwsze');
  const again = join(work, 'ponowne');
  const scratch = join(work, 'od-zera');
  let rendered: string[] = [];
  let pages = 0;

  it('publishes the same bytes as a build from scratch after edits of bodies of several kinds, a tool’s among them', { timeout: 600_000 }, () => {
    build(first);
    pages = htmlFiles(first).length;
    // A tool's body (its PDF, sizes and bundle change), a recommendation's, a meeting report's and a page's.
    append('narzedzia/deklaracja.md', 'Akapit dopisany do narzędzia w teście budowania przyrostowego.');
    append('rekomendacje/r01-zespol.md', 'Akapit dopisany do rekomendacji w teście budowania przyrostowego.');
    append('spotkania/liderzy.md', 'Akapit dopisany do relacji w teście budowania przyrostowego.');
    append('strony/o-projekcie.md', 'Akapit dopisany do strony w teście budowania przyrostowego.');
    const started = Date.now();
    build(again);
    rendered = [...pageCopies(cache)].filter(([, written]) => written >= started).map(([f]) => f);
    build(scratch, freshPagesCache('pamiec-od-zera'));
    expect(differences(again, scratch)).toEqual([]);
    expect(differences(first, again).filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
  });

  it('renders only the pages the edits show on, and copies the rest', () => {
    expect(rendered).toEqual(expect.arrayContaining(['narzedzia/deklaracja/index.html', 'rekomendacje/r01-zespol/index.html', 'spotkania/liderzy/index.html', 'o-projekcie/index.html']));
    // The tool's new PDF changes the downloads page and the models' bundle sizes; everything else is copied.
    expect(rendered.length).toBeLessThan(pages / 3);
  });

  it('would be caught publishing a stale copy: a planted copy of an unchanged page differs from the build from scratch', { timeout: 300_000 }, () => {
    const astro = join(cache, 'astro');
    const copy = join(astro, readdirSync(astro)[0]!, 'dist', 'spotkania', 'index.html');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('</main>', '<p>Stara wersja strony.</p></main>'));
    const stale = join(work, 'nieaktualne');
    build(stale);
    // The search index holds the planted sentence too.
    expect(differences(stale, scratch).filter((f) => !f.startsWith('pagefind/'))).toEqual(['spotkania/index.html']);
  });
});
