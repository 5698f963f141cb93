/**
 * The live preview as an editor uses it: entry pages opened, then files added,
 * edited, renamed, broken and fixed in content/ while the server runs. The
 * server is started as `npm run redakcja` starts it: that is `npm run dev`
 * (the same astro dev server, started from scripts/redakcja.ts) plus the
 * printed steps for the editors' page, which the last tests check. One server
 * serves both.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, EDITORS_DIR } from '../../src/cms/page.ts';
import { KINDS } from '../../src/content/kinds.ts';
import { ROOT, SUB_PATH } from '../support/build-sites.ts';
import { freePort, startNode, waitFor, type Started } from '../support/processes.ts';

const FIXTURE = resolve(ROOT, 'tests/fixtures/basic/content');

describe('the live preview (npm run dev, and npm run redakcja, which starts it)', () => {
  let work: string;
  let content: string;
  let server: Started;
  let site: string;

  const get = async (path: string) => {
    const response = await fetch(`${site}${path}`);
    return { status: response.status, html: await response.text() };
  };
  /** Polls a page until `ok` holds: the dev server reacts to a save within moments, not at once. */
  const until = (path: string, ok: (page: { status: number; html: string }) => boolean, what: string) =>
    waitFor(async () => {
      const page = await get(path);
      return ok(page) ? page : undefined;
    }, `${what} (${path})`, 30_000);
  const edit = (file: string, from: string | RegExp, to: string) => {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${file} does not contain ${from}`);
    writeFileSync(path, next);
  };

  /** The editors' page and the form configuration it loads, as npm run redakcja serves them. */
  const editors = () => `${site}/${EDITORS_DIR}/`;
  const collections = async () => {
    const response = await fetch(`${editors()}${CONFIG_FILE}`);
    const config = (await response.json()) as { collections: { name: string; folder: string; extension: string }[] };
    return config.collections;
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'koop-dev-'));
    content = join(work, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const port = await freePort();
    site = `http://127.0.0.1:${port}${SUB_PATH.slice(0, -1)}`;
    server = startNode([join(ROOT, 'scripts/redakcja.ts'), '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      // As an editor's terminal has it: not the test runner's NODE_ENV=test and VITEST variables, with which astro dev answers 404.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
        NODE_ENV: 'development',
        KOOP_CONTENT_DIR: content,
        KOOP_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        BASE_PATH: '',
      },
    });
    await waitFor(async () => ((await fetch(`${site}/`)).ok ? true : undefined), 'the dev server', 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${server.output()}`);
    });
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows a new entry, an edit, a rename and a removal after the pages were opened, without a restart', async () => {
    expect((await get('/spotkania/liderzy/')).status).toBe(200);
    expect((await get('/spotkania/')).status).toBe(200);
    expect((await get('/spotkania/nowe-spotkanie/')).status).toBe(404);

    writeFileSync(join(content, 'spotkania', 'nowe-spotkanie.md'), readFileSync(join(content, 'spotkania', 'liderzy.md'), 'utf8').replace(/^tytul: .*$/m, 'tytul: Zupełnie nowe spotkanie'));
    await until('/spotkania/nowe-spotkanie/', (p) => p.status === 200 && p.html.includes('Zupełnie nowe spotkanie'), 'the new entry');
    await until('/spotkania/', (p) => p.html.includes('Zupełnie nowe spotkanie'), 'the new entry in the list');

    edit('spotkania/nowe-spotkanie.md', 'tytul: Zupełnie nowe spotkanie', 'tytul: Poprawiony tytuł spotkania');
    await until('/spotkania/nowe-spotkanie/', (p) => p.html.includes('Poprawiony tytuł spotkania'), 'the edit');

    renameSync(join(content, 'spotkania', 'nowe-spotkanie.md'), join(content, 'spotkania', 'inne-spotkanie.md'));
    await until('/spotkania/inne-spotkanie/', (p) => p.status === 200 && p.html.includes('Poprawiony tytuł spotkania'), 'the renamed entry');
    expect((await get('/spotkania/nowe-spotkanie/')).status).toBe(404);

    rmSync(join(content, 'spotkania', 'inne-spotkanie.md'));
    await until('/spotkania/inne-spotkanie/', (p) => p.status === 404, 'the removed entry');
  });

  it('shows edits to the settings and new files in pliki/', async () => {
    edit('ustawienia.yaml', /^ {2}nazwa: Projekt – Kooperacje 3D$/m, '  nazwa: Serwis po zmianie nazwy');
    await until('/', (p) => p.html.includes('Serwis po zmianie nazwy'), 'the new site name');
    // A file in pliki/ is served once an entry names it (the publishing rules of src/content/publish.ts).
    cpSync(join(content, 'pliki', 'schemat.png'), join(content, 'pliki', 'nowy-schemat.png'));
    appendFileSync(join(content, 'strony', 'o-projekcie.md'), '\n![Nowy schemat zespołu](/pliki/nowy-schemat.png)\n');
    await waitFor(async () => ((await fetch(`${site}/pliki/nowy-schemat.png`)).status === 200 ? true : undefined), 'the new file');
  });

  it('shows a content error as a Polish page listing the problem, keeps running and recovers when the file is fixed', async () => {
    edit('rekomendacje/r01-zespol.md', /^tytul: .*$/m, 'tytul: Rekomendacja po poprawce');
    await until('/rekomendacje/', (p) => p.html.includes('Rekomendacja po poprawce'), 'the edit before the error');
    edit('spotkania/liderzy.md', /^data: .*$/m, 'data: 15.06.21');
    const broken = await until('/rekomendacje/', (p) => p.status === 500, 'the error page');
    expect(broken.html).toContain('<html lang="pl">');
    expect(broken.html).toContain('<h1>Treść zawiera 1\u00A0błąd</h1>');
    expect(broken.html).toContain('<li><strong>content/spotkania/liderzy.md</strong> · pole „data”: „15.06.21” nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15</li>');
    expect(broken.html).not.toMatch(/at \w+ \(|Error:|stack/);
    expect(server.output()).toContain('✗ content/spotkania/liderzy.md · pole „data”: „15.06.21” nie jest datą; użyj formatu RRRR-MM-DD, np. 2021-06-15');

    edit('spotkania/liderzy.md', 'data: 15.06.21', 'data: 2021-09-20');
    await until('/rekomendacje/', (p) => p.status === 200 && p.html.includes('Rekomendacja po poprawce'), 'the recovered page');
    expect(server.child.exitCode).toBeNull();
  });

  it('prints in Polish the editors’ page under the site’s sub-path, the button to press and the folder to pick', () => {
    // What the script printed when it started (the error test above adds its own lines later).
    const printed = server.output().slice(0, server.output().indexOf('Ctrl+C kończy.'));
    expect(printed).toContain('Redakcja na tym komputerze');
    expect(printed).toContain(`Otwórz w Chromium, Chrome albo Edge: ${editors()}`);
    expect(printed).toContain('Kliknij „Pracuj z lokalnym repozytorium” i wskaż folder projektu:');
    expect(printed).toContain(ROOT);
    expect(printed).not.toMatch(/\bat \w+ \(|Error:/);
  });

  it('serves the page with its own policy, kept out of search engines, and the form with a collection for every kind', async () => {
    const page = await fetch(editors());
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<meta name="robots" content="noindex');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/);
    expect(html).not.toContain('unsafe-eval');
    const names = (await collections()).map((c) => c.name);
    expect(names).toEqual(KINDS.map((k) => k.folder));
  });

  it('shows an .mdx entry put into the folder in a collection of its own on the next load, without a restart', async () => {
    const tools = KINDS.find((k) => k.id === 'narzedzie')!.folder;
    const tool = readFileSync(join(content, tools, 'deklaracja.md'), 'utf8').replace(/^tytul: .*$/m, 'tytul: Deklaracja z komponentami');
    writeFileSync(join(content, tools, 'deklaracja-mdx.mdx'), `${tool}\n<Uwaga>\nDo wydruku.\n</Uwaga>\n`);
    const mdx = await waitFor(async () => (await collections()).find((c) => c.name === `${tools}-mdx`), 'the .mdx collection', 30_000);
    expect(mdx).toMatchObject({ folder: `content/${tools}`, extension: 'mdx' });
  });
});
