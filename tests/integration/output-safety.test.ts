import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/dist.ts';
import { acquireLock, LOCK_FILE } from '../../scripts/lib/lock.ts';
import { BUILD_MARKER, BUILD_MARKER_TEXT, swapFolders, WORK_DIR } from '../../scripts/lib/output.ts';
import { foreignLogLines } from '../support/build-log.ts';
import { plantedBuilt, ROOT } from '../support/build-sites.ts';
import { outsideParent } from '../support/planted-site.ts';

const { fixture } = inject('sites');

const work = mkdtempSync(join(tmpdir(), 'koop-wyjscie-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An empty content folder: should a guard ever let a run through, it stops at the missing settings and deletes nothing. */
const NO_CONTENT = join(work, 'brak-tresci');
mkdirSync(NO_CONTENT);

function run(script: 'build' | 'toolkits', args: string[], options: { env?: Record<string, string>; preload?: string } = {}) {
  const node = options.preload ? ['--import', options.preload] : [];
  return spawnSync(process.execPath, [...node, `scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', KOOP_CACHE_DIR: join(work, 'cache'), ...options.env },
  });
}

function snapshot(dir: string): Map<string, string> {
  return new Map(htmlFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** A copy of the fixture's content and of its finished build, in a new folder. */
function copyOfFixture(name: string) {
  const dir = join(work, name);
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  cpSync(fixture.content, content, { recursive: true });
  cpSync(fixture.dir, out, { recursive: true });
  return { dir, content, out };
}

const breakContent = (content: string) => {
  const meeting = join(content, 'spotkania', '2021-06-15-spotkanie.md');
  writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('data: 2021-06-15', 'data: 15.06.21'));
};

const stagingLeft = () => (existsSync(join(ROOT, WORK_DIR)) ? readdirSync(join(ROOT, WORK_DIR)).filter((n) => /^(dist|toolkits)-\d+/.test(n)) : []);

const refusal = (out: string, what: string) => `✗ Folder wyjściowy „${out}” ${what}; budowanie zastąpiłoby go serwisem i usunęło jego zawartość. Serwis nie został zbudowany, nic nie zostało usunięte.`;

describe('the output folder of a build', () => {
  it('refuses the project folder, its parent, content/, src/ and the --content folder, and deletes nothing', () => {
    const cases: Array<[string, string, string]> = [
      ['.', NO_CONTENT, 'to folder projektu'],
      ['..', NO_CONTENT, 'to folder, w którym leży projekt'],
      ['content', NO_CONTENT, 'to folder treści serwisu (content/)'],
      ['content', 'content', 'to folder treści (content/)'],
      ['src', NO_CONTENT, 'to folder kodu serwisu (src/)'],
      ['scripts', NO_CONTENT, 'to folder skryptów (scripts/)'],
      [NO_CONTENT, NO_CONTENT, `to folder treści (${NO_CONTENT}/)`],
    ];
    for (const [out, content, what] of cases) {
      const result = run('build', ['--content', content, '--out', out]);
      expect(result.status, out).toBe(1);
      expect(result.stderr.trim(), out).toBe(refusal(out, what));
    }
    expect(existsSync(join(ROOT, 'content', 'ustawienia.yaml'))).toBe(true);
    expect(existsSync(join(ROOT, 'src', 'content', 'load.ts'))).toBe(true);
    expect(existsSync(NO_CONTENT)).toBe(true);
  });

  it('refuses a non-empty folder that is not a build of this project and leaves its files', () => {
    const photos = join(work, 'zdjecia');
    mkdirSync(photos);
    writeFileSync(join(photos, 'wakacje.jpg'), 'zdjęcie');
    const result = run('build', ['--content', fixture.content, '--out', photos]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `✗ Folder wyjściowy „${photos}” nie jest pusty i nie zawiera wcześniejszej wersji tego serwisu (brak pliku ${BUILD_MARKER}); budowanie nie usuwa cudzych plików. Podaj pusty lub nowy folder albo sam przenieś jego zawartość w inne miejsce. Serwis nie został zbudowany, nic nie zostało usunięte.`,
    );
    expect(readFileSync(join(photos, 'wakacje.jpg'), 'utf8')).toBe('zdjęcie');
    const toolkits = run('toolkits', ['--content', fixture.content, '--out', photos]);
    expect(toolkits.status).toBe(1);
    expect(toolkits.stderr).toContain(`✗ Folder wyjściowy „${photos}” nie jest pusty i nie zawiera wcześniejszej wersji tego serwisu`);
  });

  it('marks every build it makes', () => {
    expect(readFileSync(join(fixture.dir, BUILD_MARKER), 'utf8')).toBe(BUILD_MARKER_TEXT);
  });
});

describe('a run after a swap that was killed half way', () => {
  it('puts the previous site back when only its moved-away copy is left', () => {
    const { content, out } = copyOfFixture('przerwana');
    const before = snapshot(out);
    renameSync(out, swapFolders(out).old); // killed between the two renames
    mkdirSync(swapFolders(out).next); // and a half-copied new site
    breakContent(content);
    const result = run('build', ['--content', content, '--out', out]);
    expect(result.stdout).toContain(`Naprawa: przywrócono poprzednią wersję serwisu do ${out}: poprzednie budowanie przerwano w trakcie podmiany.`);
    expect(result.status).toBe(1); // the content mistake still stops the build
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(swapFolders(out).old)).toBe(false);
    expect(existsSync(swapFolders(out).next)).toBe(false);
  });

  it('in the toolkit build too', () => {
    const { content, out } = copyOfFixture('przerwana-pdf');
    renameSync(out, swapFolders(out).old);
    breakContent(content);
    const result = run('toolkits', ['--content', content, '--out', out]);
    expect(result.stdout).toContain('Naprawa: przywrócono poprzednią wersję serwisu');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});

describe('builds in one checkout', () => {
  it('take turns: a second toolkit build into the same folder waits for the first, and both finish with a complete site', async () => {
    const { content, out } = copyOfFixture('rownolegle');
    const start = () =>
      new Promise<{ code: number | null; stdout: string; pid: number }>((ok) => {
        const child = spawn(process.execPath, ['scripts/toolkits.ts', '--content', content, '--out', out], { cwd: ROOT, env: { ...process.env, CI: '1' } });
        let stdout = '';
        child.stdout.on('data', (d) => (stdout += String(d)));
        child.stderr.on('data', (d) => (stdout += String(d)));
        child.on('exit', (code) => ok({ code, stdout, pid: child.pid! }));
      });
    const [a, b] = await Promise.all([start(), start()]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const waited = [a, b].filter((r) => r.stdout.includes('Czekam, aż skończy się inne budowanie w tym projekcie (proces'));
    expect(waited.length).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'do-pobrania', 'manifest.json'), 'utf8'))).toHaveProperty('bundles');
    expect(readFileSync(join(out, BUILD_MARKER), 'utf8')).toBe(BUILD_MARKER_TEXT);
  });

  it('stop with a Polish message when another build holds the lock for too long, and write nothing', async () => {
    const { content, out } = copyOfFixture('zajete');
    const before = snapshot(out);
    const lock = await acquireLock(join(ROOT, WORK_DIR, LOCK_FILE), { timeoutMs: 300_000 });
    if (!('release' in lock)) throw new Error('the lock stayed taken');
    try {
      const result = run('build', ['--content', content, '--out', out], { env: { KOOP_LOCK_TIMEOUT_MS: '400' } });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(`Czekam, aż skończy się inne budowanie w tym projekcie (proces ${process.pid})…`);
      expect(result.stderr.trim()).toBe(
        `✗ Inne budowanie w tym projekcie (proces ${process.pid}) trwa dłużej niż 1 s. Serwis nie został zbudowany, poprzednia wersja w ${out}/ pozostała bez zmian. Poczekaj, aż tamto budowanie się skończy, albo je przerwij, i uruchom polecenie ponownie.`,
      );
    } finally {
      lock.release();
    }
    expect(snapshot(out)).toEqual(before);
  });
});

describe('a full disk during a build', () => {
  it('ends in a Polish message naming the step and the file, removes staging and leaves the previous site', () => {
    const { content, out } = copyOfFixture('pelny-dysk');
    const before = snapshot(out);
    const result = run('build', ['--content', content, '--out', out], { preload: join(ROOT, 'tests', 'support', 'full-disk.mjs') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`✗ Budowanie nie powiodło się; poprzednia wersja w ${out}/ pozostała bez zmian.`);
    expect(result.stderr).toMatch(
      /✗ etap „pakiety narzędzi \(PDF\)”: brak miejsca na dysku \(\S+\.pdf\); zwolnij miejsce na dysku \(serwis z pakietami PDF zajmuje kilkadziesiąt MB\) i uruchom budowanie ponownie/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(stagingLeft().filter((n) => n.includes(String(result.pid)))).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  });

  it('while an Astro integration draws the share cards names that step, not Astro’s English error', () => {
    const { content, out } = copyOfFixture('pelny-dysk-karty');
    const before = snapshot(out);
    const result = run('build', ['--content', content, '--out', out], {
      preload: join(ROOT, 'tests', 'support', 'full-disk.mjs'),
      env: { FULL_DISK_PATTERN: '/karty/[^/]+\\.tmp$', KOOP_CACHE_DIR: join(work, 'pusta-pamiec') },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/✗ etap „karty do udostępniania \(sharp\)”: brak miejsca na dysku \(\S+\.tmp\); zwolnij miejsce na dysku/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(stagingLeft().filter((n) => n.includes(String(result.pid)))).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('XML-special characters in the settings, built outside the project', () => {
  const outside = mkdtempSync(join(outsideParent(ROOT), 'koop-poza-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('refuses a site address whose sub-path has characters a URL would have to escape', () => {
    const content = join(work, 'adres-znaki', 'content');
    cpSync(fixture.content, content, { recursive: true });
    const settings = join(content, 'ustawienia.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace('adres: https://example.org/projekt-kooperacje-3d/', `adres: 'https://www.przyklad.pl/a&b"c<d>/'`));
    const result = run('build', ['--content', content, '--out', join(outside, 'odmowa')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/ustawienia.yaml · pole „serwis → adres”: „https://www.przyklad.pl/a&b"c<d>/” ma w ścieżce znaki, których podścieżka serwisu nie może zawierać; użyj tylko liter bez polskich znaków, cyfr, kropek, podkreśleń i myślników, np. https://www.przyklad.pl/projekt-kooperacje-3d/');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('prints none of Astro’s own English warnings while it builds a site with planted faults: what an editor reads is Polish', async () => {
    const result = await plantedBuilt();
    expect(result.status).toBe(0);
    expect(result.log).toContain('⚠ ');
    // Astro warned „[WARN] [config] Shiki syntax highlighting …” in English on every build.
    expect(result.log).toContain('[WARN] [kooperacje:');
    expect(foreignLogLines(result.log)).toEqual([]);
  });

  it('builds, and a site name with & < > " is escaped in the sitemap, the feed, titles and meta tags', async () => {
    // The planted site (tests/support/planted-site.ts) has that name and is built into a folder of its own outside the project.
    const planted = inject('planted');
    const result = await plantedBuilt();
    expect(result.log).not.toMatch(/✗|Error/);
    expect(result.status).toBe(0);
    expect(readdirSync(planted.parent)).toEqual(['serwis']);
    const out = planted.dir;

    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    expect(sitemap).toContain('<loc>https://www.przyklad.pl/projekt-kooperacje-3d/modele/</loc>');
    const feed = readFileSync(join(out, 'kanal.xml'), 'utf8');
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).toContain('<name>Kooperacje &amp; &lt;Partnerzy&gt; ');
    const home = parse(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(home.querySelector('title')?.textContent).toContain('Kooperacje & <Partnerzy>');
    expect(home.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toContain('Kooperacje & <Partnerzy>');
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://www.przyklad.pl/projekt-kooperacje-3d/');
  });
});
