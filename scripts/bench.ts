/**
 * Benchmark (not a test): builds the site's content and a generated content
 * set of about 2,000 pages, and prints build time, pages per second and the
 * gzipped HTML, CSS and JavaScript of a page (median and largest).
 *
 * Usage: npm run bench [-- --pages 2000]
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { htmlFiles } from './lib/dist.ts';
import { generateContent } from './lib/generate-content.ts';
import { readPages } from './lib/pages.ts';
import { weighPages } from './lib/weight.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '2000' } } });
const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'bench');

function build(name: string, content: string) {
  const out = join(work, name);
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: '1' } });
  const seconds = (performance.now() - started) / 1000;
  const pages = htmlFiles(out).length;
  const weights = weighPages(readPages(out, '/'), out, '/');
  return { name, seconds, pages, weights };
}

const stat = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
};
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

// About 2,000 pages: the generated entries plus the site's own pages.
const generated = join(work, 'content-generated');
generateContent(join(root, 'tests/fixtures/basic/content'), generated, Number(values.pages) - 30);

const rows = [build('treść serwisu', join(root, 'content')), build(`wygenerowane (${values.pages})`, generated)];
console.log('\n| zestaw | stron | czas budowania | stron/s | HTML gz (mediana / maks.) | CSS gz (mediana / maks.) | JS gz (mediana / maks.) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const h = stat(r.weights.map((w) => w.html));
  const c = stat(r.weights.map((w) => w.css));
  const j = stat(r.weights.map((w) => w.js));
  console.log(`| ${r.name} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${(r.pages / r.seconds).toFixed(0)} | ${kb(h.median)} / ${kb(h.max)} | ${kb(c.median)} / ${kb(c.max)} | ${kb(j.median)} / ${kb(j.max)} |`);
}
