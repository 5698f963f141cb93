/**
 * `npm run redakcja` as one editor on one machine uses it: the live preview
 * starts, the script prints in Polish the editors' page to open and the
 * folder to pick, and that page serves the form generated for the content
 * being edited, read afresh on every request.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, EDITORS_DIR } from '../../src/cms/page.ts';
import { KINDS } from '../../src/content/kinds.ts';
import { ROOT, SUB_PATH } from '../support/build-sites.ts';
import { freePort, startNode, waitFor, type Started } from '../support/processes.ts';

const FIXTURE = resolve(ROOT, 'tests/fixtures/basic/content');

describe('the editors’ page on one machine (npm run redakcja)', () => {
  let work: string;
  let content: string;
  let server: Started;
  let editors: string;

  const collections = async () => {
    const response = await fetch(`${editors}${CONFIG_FILE}`);
    const config = (await response.json()) as { collections: { name: string; folder: string; extension: string }[] };
    return config.collections;
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'koop-redakcja-'));
    content = join(work, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const port = await freePort();
    editors = `http://127.0.0.1:${port}${SUB_PATH}${EDITORS_DIR}/`;
    server = startNode([join(ROOT, 'scripts/redakcja.ts'), '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      // As an editor's terminal has it (see tests/integration/live-preview.test.ts).
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
        NODE_ENV: 'development',
        KOOP_CONTENT_DIR: content,
        KOOP_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        BASE_PATH: '',
      },
    });
    await waitFor(async () => (server.output().includes(editors) ? true : undefined), 'the printed address', 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${server.output()}`);
    });
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('prints in Polish the editors’ page under the site’s sub-path, the button to press and the folder to pick', () => {
    const printed = server.output();
    expect(printed).toContain(`Otwórz w Chromium, Chrome albo Edge: ${editors}`);
    expect(printed).toContain('Kliknij „Pracuj z lokalnym repozytorium” i wskaż folder projektu:');
    expect(printed).toContain(ROOT);
    expect(printed).not.toMatch(/\bat \w+ \(|Error:/);
  });

  it('serves the page with its own policy, kept out of search engines, and the form with a collection for every kind', async () => {
    const page = await fetch(editors);
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
