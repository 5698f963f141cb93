/**
 * Benchmark (not a test): prints figures for the site's content and for a
 * generated content set of about 2,000 realistic pages (scripts/lib/generate-content.ts):
 * - a cold build (empty cache) and a rebuild after one entry changed: wall
 *   time, peak memory of the build's process tree, and each phase's time as
 *   the build itself records it (src/build/timings.ts);
 * - pages per second, gzipped HTML/CSS/JS per page (median, largest);
 * - search: index size, bytes the first query fetches and bytes of later
 *   queries (measured in Chromium when it is installed), query time in Node;
 * - PDFs: pages, bytes, bytes per page and build time of each bundle;
 * - share cards: count, bytes (total, median, largest) and the time the card
 *   step takes with an empty cache and on the rebuild.
 *
 * Usage: npm run bench [-- --pages 2000]
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STATS_FILE, type CardStats } from '../src/cards/render.ts';
import { CARDS_DIR } from '../src/cards/spec.ts';
import { loadContent } from '../src/content/index.ts';
import { buildToolkits } from '../src/toolkit/build.ts';
import { bundlesOf } from '../src/content/bundles.ts';
import { CHROMIUM, launchBrowser } from '../tests/support/browser.ts';
import { openSearch } from '../tests/support/search.ts';
import { serve } from '../tests/support/server.ts';
import { htmlFiles } from './lib/dist.ts';
import { generateContent, touchOneEntry } from './lib/generate-content.ts';
import { watchPeakMemory } from './lib/process-memory.ts';
import { PHASES, type Phase } from '../src/build/timings.ts';

const PHASE_LABELS: Record<Phase, string> = { content: 'treść', pdf: 'PDF', docx: 'DOCX', pages: 'strony (Astro)', search: 'wyszukiwarka', cards: 'karty' };
import { readPages } from './lib/pages.ts';
import { weighPages } from './lib/weight.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '2000' } } });
const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'bench');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const max = (xs: number[]) => Math.max(0, ...xs);

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

interface Built {
  readonly name: string;
  readonly out: string;
  readonly seconds: number;
  /** Peak resident memory of the build's process tree, in bytes. */
  readonly peak: number | undefined;
  readonly phases: Partial<Record<Phase, number>>;
  readonly pages: number;
  readonly cards: CardStats;
}

/** Builds `content` into .tmp/bench/<name> with its own cache folder (emptied first unless `warm`). */
async function build(name: string, content: string, cache: string, warm = false): Promise<Built> {
  const out = join(work, name);
  if (!warm) rmSync(cache, { recursive: true, force: true });
  const statsFile = join(work, `${name}.stats.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // At the domain's root, as the page-weight figures below read it.
    env: { ...process.env, CI: '1', BASE_PATH: '/', KOOP_CACHE_DIR: cache, KOOP_BUILD_STATS: statsFile },
  });
  const memory = watchPeakMemory(child.pid!);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  const peak = memory.stop();
  if (code !== 0) throw new Error(`Budowanie „${name}” zakończyło się kodem ${code}.`);
  const seconds = (performance.now() - started) / 1000;
  const cards = JSON.parse(readFileSync(join(cache, STATS_FILE), 'utf8')) as CardStats;
  const { phases } = JSON.parse(readFileSync(statsFile, 'utf8')) as { phases: Partial<Record<Phase, number>> };
  return { name, out, seconds, peak, phases, pages: htmlFiles(out).length, cards };
}

/** A cold build (empty cache), then a rebuild after one entry changed (the cache the first filled). */
async function coldAndRebuild(name: string, content: string): Promise<[Built, Built]> {
  const cache = join(work, `cache-${name}`);
  const cold = await build(name, content, cache);
  touchOneEntry(content);
  const again = await build(`${name}, po zmianie jednego wpisu`, content, cache, true);
  return [cold, again];
}

const QUERIES = ['spoleczna', 'rekomendacji', 'PCPR', 'gminach', 'kontrakt socjalny', 'wspolpraca', 'diagnoza rodziny', 'okno'];

/**
 * Bytes fetched by the first query and by a later one, typed into the header
 * of a content page in Chromium; gzipped, as a server would send them.
 */
async function browserBytes(dir: string, pagePath: string): Promise<{ first: number; later: number } | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const server = await serve(dir);
  const browser = await launchBrowser();
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.origin + pagePath);
  await page.waitForLoadState('networkidle');
  const gz = new Map<string, number>();
  const size = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file)).length);
    return gz.get(file)!;
  };
  const mark = () => server.sent.reduce((n, r) => n + size(r.file), 0);
  const before = mark();
  await page.fill('#szukaj-pole', 'spoleczna');
  await page.waitForSelector('[data-search-panel] .wynik', { timeout: 20_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
  const afterFirst = mark();
  await page.fill('#szukaj-pole', 'diagnoza rodziny');
  await page.waitForTimeout(400);
  await page.waitForLoadState('networkidle');
  const afterSecond = mark();
  await browser.close();
  await server.close();
  return { first: afterFirst - before, later: afterSecond - afterFirst };
}

async function searchFigures(dir: string, pagePath: string) {
  const s = await openSearch(dir);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      const started = performance.now();
      await s.run(q, {}, 10);
      if (round > 0) times.push(performance.now() - started);
    }
  }
  await s.close();
  return { index: folderBytes(join(dir, 'pagefind')), bytes: await browserBytes(dir, pagePath), medianMs: median(times), maxMs: max(times) };
}

// Both sets are built from copies: the rebuild changes one entry, never content/ itself.
const siteContent = join(work, 'content-site');
rmSync(siteContent, { recursive: true, force: true });
cpSync(join(root, 'content'), siteContent, { recursive: true });
const generated = join(work, 'content-generated');
generateContent(join(root, 'tests/fixtures/basic/content'), generated, Number(values.pages) - 30);
const [site, siteAgain] = await coldAndRebuild('treść serwisu', siteContent);
const [gen, genAgain] = await coldAndRebuild(`wygenerowane (${values.pages})`, generated);
const sites = [site, gen];
const secs = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const gb = (b: number | undefined) => (b === undefined ? '–' : `${(b / 1024 ** 3).toFixed(2)} GB`);

console.log('\n## Czas i pamięć budowania (etapy)\n');
console.log('Etapy: treść = wczytanie i sprawdzenie treści; strony = budowanie Astro bez indeksu i kart (z obrazami i sprawdzeniem CSP); karty = czas kroku kart na końcu budowania (same karty rysują się w tle, obok PDF i stron – zob. tabelę kart).\n');
console.log(`| budowanie | stron | czas | szczyt pamięci | ${PHASES.map((p) => PHASE_LABELS[p]).join(' | ')} |`);
console.log(`| --- | --- | --- | --- | ${PHASES.map(() => '---').join(' | ')} |`);
for (const b of [site, siteAgain, gen, genAgain]) {
  console.log(`| ${b.name} | ${b.pages} | ${b.seconds.toFixed(1)} s | ${gb(b.peak)} | ${PHASES.map((p) => secs(b.phases[p])).join(' | ')} |`);
}

console.log('\n## Budowanie i waga stron (gzip)\n');
console.log('| zestaw | stron | czas budowania | stron/s | HTML (mediana / maks.) | CSS (mediana / maks.) | JS przed interakcją (mediana / maks.) | schematy SVG w stronie (stron / maks.) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const s of sites) {
  const w = weighPages(readPages(s.out, '/'), s.out, '/');
  const col = (k: 'html' | 'css' | 'js') => `${kb(median(w.map((x) => x[k])))} / ${kb(max(w.map((x) => x[k])))}`;
  console.log(`| ${s.name} | ${s.pages} | ${s.seconds.toFixed(1)} s | ${(s.pages / s.seconds).toFixed(0)} | ${col('html')} | ${col('css')} | ${col('js')} | ${w.filter((x) => x.images > 0).length} / ${kb(max(w.map((x) => x.images)))} |`);
}

console.log('\n## Wyszukiwarka\n');
console.log('| zestaw | indeks na dysku | pierwsze zapytanie (pobrane, gzip) | kolejne zapytanie (gzip) | czas zapytania w Node (mediana / maks.) |');
console.log('| --- | --- | --- | --- | --- |');
for (const s of sites) {
  const firstEntry = readdirSync(join(s.out, 'narzedzia')).find((f) => !f.endsWith('.html'));
  const f = await searchFigures(s.out, firstEntry ? `/narzedzia/${firstEntry}/` : '/');
  const bytes = f.bytes ? `${kb(f.bytes.first)} | ${kb(f.bytes.later)}` : 'brak Chromium | –';
  console.log(`| ${s.name} | ${kb(f.index)} | ${bytes} | ${f.medianMs.toFixed(1)} ms / ${f.maxMs.toFixed(1)} ms |`);
}

console.log('\n## Pakiety PDF (treść serwisu)\n');
const content = loadContent(join(root, 'content'));
if (content.ok) {
  const result = await buildToolkits(content.content, join(work, 'pdf'));
  console.log('| pakiet | stron | rozmiar | bajtów na stronę | czas |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const b of bundlesOf(content.content)) {
    const e = result.manifest!.bundles[b.type.id]!;
    console.log(`| ${e.title} | ${e.pages} | ${kb(e.bytes)} | ${kb(e.bytes / e.pages)} | ${Math.round(result.timings![b.path]!)} ms |`);
  }
  const tools = Object.values(result.manifest!.tools);
  const toolMs = Object.entries(result.timings!).filter(([p]) => p.includes('/narzedzia/')).map(([, ms]) => ms);
  console.log(`| ${tools.length} narzędzi osobno (razem) | ${tools.reduce((n, t) => n + t.pages, 0)} | ${kb(tools.reduce((n, t) => n + t.bytes, 0))} | – | ${Math.round(toolMs.reduce((a, b) => a + b, 0))} ms |`);
}

console.log('\n## Karty do udostępniania (Open Graph, PNG 1200×630)\n');
console.log('Karty rysują wątki w tle od wczytania treści (src/cards/background.ts); „krok kart” to czas, o który krok kart na końcu wydłużył budowanie.\n');
console.log('| zestaw | stron | kart | nowych | razem | mediana / maks. | rysowanie w tle | krok kart | całe budowanie |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const s of [site, siteAgain, gen, genAgain]) {
  const sizes = readdirSync(join(s.out, CARDS_DIR)).map((f) => statSync(join(s.out, CARDS_DIR, f)).size);
  const c = s.cards;
  const ms = (n: number) => (n < 1000 ? `${n} ms` : `${(n / 1000).toFixed(1)} s`);
  console.log(`| ${s.name} | ${c.pages} | ${c.cards} | ${c.rendered} | ${kb(c.bytes)} | ${kb(median(sizes))} / ${kb(max(sizes))} | ${ms(c.backgroundMs)} | ${ms(c.ms)} | ${s.seconds.toFixed(1)} s |`);
}
