/**
 * The editors' page of the built site (under the sub-path), driven in Chromium
 * against a temporary checkout of the fixture content: Sveltia CMS's local
 * mode opens the folder through a stand-in for the browser's folder picker
 * (tests/support/folder-picker.ts) that reads and writes the real files. Then
 * the project's own content check (npm run check) and build (npm run build)
 * read what the CMS wrote.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITORS_DIR } from '../../src/cms/page.ts';
import { toolPdfPath } from '../../src/content/bundles.ts';
import { FIELD_LINE } from '../../src/content/form-syntax.ts';
import { axeViolations } from '../support/a11y.ts';
import { launchBrowser } from '../support/browser.ts';
import { CARD_CACHE, ROOT } from '../support/build-sites.ts';
import { validContent } from '../support/content.ts';
import { standInFolderPicker, type PickerLog } from '../support/folder-picker.ts';
import { openBytes, widgets } from '../support/pdf-forms.ts';
import { serve, type StaticServer } from '../support/server.ts';
import { DESKTOP } from '../support/chrome-checks.ts';

const { fixtureSubPath: site } = inject('sites');

/** A tool's form as the README writes it: a line field, a box of four lines, checkboxes and a table with empty rows. */
const TOOL_BODY = [
  '## Formularz',
  '',
  'Imię i nazwisko: __________',
  '',
  'Najważniejsze spostrzeżenia: __________ (4 wiersze)',
  '',
  '- [ ] tak',
  '- [ ] nie',
  '',
  '| Termin | Zadanie |',
  '| --- | --- |',
  '|  |  |',
  '|  |  |',
  '',
].join('\n');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: StaticServer;
let checkout = '';
let log: PickerLog;
/** Requests to any other origin (aborted). */
const outside: string[] = [];
let usableAfter = 0;
let signInViolations: string[] = [];

/** Runs one of the README's scripts as `npm run …` does; a non-zero exit fails the test with what the script printed. */
const runNode = (script: string, ...args: string[]) =>
  promisify(execFile)(process.execPath, [script, ...args], { cwd: ROOT, env: { ...process.env, CI: '1', BASE_PATH: '/', KOOP_CACHE_DIR: CARD_CACHE }, maxBuffer: 16 * 1024 * 1024 });

const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: checkout, encoding: 'utf8' });
const read = (path: string) => readFileSync(join(checkout, path), 'utf8');

const editor = () => page.getByRole('group', { name: /^Edytuj treść/ });
/** A field of the open entry by its Polish label (Sveltia isolates the label with U+2068/U+2069). */
const field = (label: string) => editor().getByRole('group', { name: new RegExp(`^Pole [“\\u2068]+${label}[\\u2069”]+$`) });

/** Runs a step again when the CMS re-renders the form under it (an element detached mid-action). */
async function steady(step: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (attempt === 3 || !String(error).includes('not attached')) throw error;
    }
  }
}

async function type(label: string, value: string): Promise<void> {
  const input = field(label).getByRole('textbox').first();
  await steady(async () => {
    await input.scrollIntoViewIfNeeded();
    await input.fill(value);
  });
}

/** Ticks one choice of a field of checkboxes (the municipality types). */
async function tick(label: string, option: string): Promise<void> {
  await field(label).getByRole('checkbox', { name: option }).check();
}

async function choose(label: string, option: string): Promise<void> {
  await field(label).getByRole('combobox').click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addSource(title: string): Promise<void> {
  await steady(() => field('Źródła').scrollIntoViewIfNeeded());
  await field('Źródła').getByRole('button', { name: /^Dodaj/ }).click();
  await type('Tytuł źródła', title);
}

/** Saves the open entry and waits until the file is in place (the CMS writes a temporary file, then moves it). */
async function save(): Promise<void> {
  const before = log.written.length;
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect.poll(() => log.written.slice(before).some((path) => !path.includes('.sveltia-tmp-')), { timeout: 30_000 }).toBe(true);
}

/** Opens an entry (`spotkania/entries/…`) or a new one (`spotkania/new`) through its collection's list, so the editor is a fresh one. */
async function open(hash: string): Promise<void> {
  const at = `${server.origin}${site.base}${EDITORS_DIR}/#/collections/`;
  // After a save the CMS may still show the entry (and ignore a new address) until its editor has closed.
  const list = page.getByRole('grid', { name: 'Wpisy' });
  const close = page.getByRole('button', { name: 'Anuluj edycję' });
  for (let attempt = 0; attempt < 20 && !(await list.isVisible()); attempt++) {
    if (await close.isVisible()) await close.click({ timeout: 1000 }).catch(() => undefined);
    await page.goto(`${at}${hash.split('/')[0]}`);
    await page.waitForTimeout(250);
  }
  await list.waitFor();
  await page.goto(`${at}${hash}`);
  await editor().waitFor();
}

beforeAll(async () => {
  checkout = mkdtempSync(join(tmpdir(), 'kooperacje-redakcja-'));
  cpSync(site.content, join(checkout, 'content'), { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'treść przed redakcją');
  server = await serve(site.dir, site.base);
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'pl-PL', viewport: DESKTOP });
  await context.route((url) => !url.href.startsWith(server.origin), (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  log = await standInFolderPicker(context, checkout);
  page = await context.newPage();
  const started = performance.now();
  await page.goto(`${server.origin}${site.base}${EDITORS_DIR}/`);
  const local = page.getByRole('button', { name: 'Pracuj z lokalnym repozytorium' });
  await local.waitFor();
  usableAfter = Math.round(performance.now() - started);
  signInViolations = await axeViolations(page);
  await local.click();
  await page.getByText('Przeglądasz teraz kolekcję').waitFor();
  console.log(`Strona redakcji gotowa po ${usableAfter} ms, lista wpisów z folderu po ${Math.round(performance.now() - started)} ms`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (checkout) rmSync(checkout, { recursive: true, force: true });
});

describe('the editors’ page against a checkout', () => {
  it('opens the checkout in Polish within half a minute, from the site alone', () => {
    expect(usableAfter).toBeLessThan(30_000);
    expect(server.requests.every((path) => path.startsWith(`${site.base}${EDITORS_DIR}/`))).toBe(true);
  });

  it('creates an online meeting, then switches it to in person and leaves no platform behind', async () => {
    await open('spotkania/new');
    await type('Tytuł relacji', 'Spotkanie w Łodzi: próba formularza');
    await type('Krótki opis', 'Relacja ze spotkania próbnego.');
    await type('Data spotkania', '2026-05-04');
    await type('Organizator', 'Regionalne Centrum Polityki Społecznej w Łodzi');
    await field('Forma spotkania').getByRole('button', { name: /^Dodaj/ }).click();
    await page.getByRole('menuitem', { name: 'Online' }).click();
    await type('Platforma', 'Cisco Webex Meetings');
    await tick('Dla jakich gmin', 'gmina wiejska');
    await addSource('Relacja na stronie organizatora');
    await type('Data dodania do serwisu', '2026-11-30');
    await save();
    const file = 'content/spotkania/spotkanie-w-lodzi-proba-formularza.md';
    expect(read(file)).toContain('forma:\n  rodzaj: "online"\n  platforma: "Cisco Webex Meetings"\n');

    await open('spotkania/entries/spotkanie-w-lodzi-proba-formularza');
    await field('Forma spotkania').getByRole('button', { name: 'Usuń' }).click();
    await field('Forma spotkania').getByRole('button', { name: /^Dodaj/ }).click();
    await page.getByRole('menuitem', { name: 'Stacjonarna' }).click();
    await type('Miejsce', 'Uniwersytet Łódzki');
    await save();
    expect(read(file)).toContain('forma:\n  rodzaj: "stacjonarna"\n  miejsce: "Uniwersytet Łódzki"\n');
    expect(read(file)).not.toContain('platforma');
  });

  it('creates a tool whose form, typed in raw Markdown, is written byte for byte', async () => {
    await open('narzedzia/new');
    await type('Nazwa wzoru', 'Karta próbna zespołu');
    await type('Krótki opis', 'Wzór karty do próby formularza.');
    await type('Cel', 'Sprawdza, czy formularz przetrwa zapis.');
    await type('Kto wypełnia', 'koordynator zespołu');
    await type('Kiedy', 'po spotkaniu zespołu');
    await choose('Etap modelu', 'Porozumienie');
    await tick('Typy gmin', 'gmina wiejska');
    await field('Kolejność w pakiecie').getByRole('spinbutton').fill('3');
    // The fixture's toolkits are dated 2026-11-23; a later day would (rightly) bring a warning to update them.
    await type('Data dodania do serwisu', '2026-11-23');
    await field('Inny adres strony').scrollIntoViewIfNeeded();
    await field('Treść').getByRole('textbox').fill(TOOL_BODY);
    await save();
    const written = read('content/narzedzia/karta-probna-zespolu.md');
    expect(written.slice(written.indexOf('\n---\n') + 5)).toBe(`\n${TOOL_BODY}`);
  });

  it('creates a page and a good practice', async () => {
    await open('strony/new');
    await type('Tytuł strony', 'Kontakt dla gmin');
    await type('Krótki opis', 'Jak skontaktować się z zespołem projektu.');
    await save();
    await open('dobre-praktyki/new');
    await type('Tytuł', 'Zespół w gminie próbnej');
    await type('Krótki opis', 'Gmina powołała zespół z udziałem szkoły i policji.');
    await tick('Typy gmin', 'gmina miejska');
    await addSource('Strona gminy próbnej');
    await type('Data dodania do serwisu', '2026-11-30');
    await save();
    expect(git('status', '--short', '--untracked-files=all', 'content/strony', 'content/dobre-praktyki')).toBe(
      '?? content/dobre-praktyki/zespol-w-gminie-probnej.md\n?? content/strony/kontakt-dla-gmin.md\n',
    );
  });

  it('creates a recommendation with choices from the controlled lists', async () => {
    await open('rekomendacje/new');
    await field('Numer').getByRole('spinbutton').fill('9');
    await type('Rekomendacja', 'Zaproście szkołę do zespołu');
    await type('Krótki opis', 'Dlaczego szkoła pomaga w zespole.');
    await tick('Typy gmin', 'gmina wiejska');
    await choose('Obszar', 'Budowanie partnerstwa i zespołów');
    await choose('Adresaci', 'szkoła i placówki oświatowe');
    await field('Adresaci').getByText('Adresaci', { exact: true }).click();
    await addSource('Raport z pilotażu');
    await save();
    expect(read('content/rekomendacje/zaproscie-szkole-do-zespolu.md')).toContain('obszar: "partnerstwo"\nadresaci:\n  - "szkola"\n');
  });

  it('edits a model, which it cannot create, and changes nothing but the field and the style of the front matter', async () => {
    await open('modele/entries/gminy-wiejskie');
    await type('Krótki opis', 'Jak gminy wiejskie organizują współpracę instytucji – opis z formularza.');
    await save();
    const body = (text: string) => text.slice(text.indexOf('\n---\n'));
    expect(body(read('content/modele/gminy-wiejskie.md'))).toBe(body(git('show', 'HEAD:content/modele/gminy-wiejskie.md')));
    expect(read('content/modele/gminy-wiejskie.md')).toContain('opis: "Jak gminy wiejskie organizują współpracę instytucji – opis z formularza."\n');
  });

  it('edits the settings file through its own form', async () => {
    await page.getByRole('treeitem', { name: 'Ustawienia serwisu' }).click();
    await editor().waitFor();
    // A text of the home page only: a new site name would make the build below draw every card and PDF anew.
    await type('Opis serwisu', 'Trzy modele współpracy instytucji – opis z formularza.');
    await save();
    expect(read('content/ustawienia.yaml')).toMatch(/(^|\n)serwis:\n {2}nazwa: .*\n {2}adres: .*\n {2}opis: "Trzy modele współpracy instytucji – opis z formularza."\n/);
  });

  it('writes nothing for an entry opened and left unchanged', async () => {
    await open('narzedzia/entries/deklaracja');
    const saveButton = page.getByRole('button', { name: 'Zapisz', exact: true });
    if (await saveButton.isEnabled()) await save();
    expect(git('diff', '--stat', '--', 'content/narzedzia/deklaracja.md')).toBe('');
  });

  it('wrote only what the content check (npm run check) accepts, with no warning for the new tool, whose form lines are still fields', async () => {
    const tool = 'content/narzedzia/karta-probna-zespolu.md';
    const { stdout, stderr } = await runNode('scripts/check-content.ts', join(checkout, 'content'));
    expect(stdout).toMatch(/^✓ Treść poprawna/m);
    // Warnings go to stderr, each starting with the file it is about.
    expect(stderr).not.toContain(tool);
    const fieldLines = read(tool).split('\n').filter((line) => FIELD_LINE.test(line));
    expect(fieldLines).toEqual(['Imię i nazwisko: __________', 'Najważniejsze spostrzeżenia: __________ (4 wiersze)']);
  });

  it('builds a site (npm run build) from what it wrote, where the tool’s PDF has its form lines, checkboxes and empty table rows as fillable fields', async () => {
    const out = join(checkout, 'serwis');
    await runNode('scripts/build.ts', '--content', join(checkout, 'content'), '--out', out);
    const content = validContent(join(checkout, 'content'));
    const tool = content.tools.find((t) => t.id === 'karta-probna-zespolu')!;
    const fields = await widgets(await openBytes(readFileSync(join(out, toolPdfPath(tool).replace(/^\//, '')))));
    expect(fields.map((w) => [w.kind, w.label, w.multiline])).toEqual([
      ['text', 'Imię i nazwisko', false],
      ['text', 'Najważniejsze spostrzeżenia', true],
      ['checkbox', 'tak', false],
      ['checkbox', 'nie', false],
      ['text', 'Formularz – wiersz 1 – Termin', true],
      ['text', 'Formularz – wiersz 1 – Zadanie', true],
      ['text', 'Formularz – wiersz 2 – Termin', true],
      ['text', 'Formularz – wiersz 2 – Zadanie', true],
    ]);
  });

  it('sent no request to another origin', () => {
    expect(outside).toEqual([]);
  });

  it('has no accessibility violations (WCAG 2.1 A and AA) on its sign-in screen and its entry form', async () => {
    expect(signInViolations).toEqual([]);
    await open('spotkania/new');
    expect(await axeViolations(page)).toEqual([]);
  });
});
