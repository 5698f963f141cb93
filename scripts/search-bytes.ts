/**
 * What the header search of a built site downloads, file kind by file kind:
 * a first query, then later ones, typed into the search field of a tool's
 * page in Chromium (gzipped bytes, as a compressing server sends them).
 *
 * Usage: node scripts/search-bytes.ts FOLDER [zapytanie…]
 * (default queries: „spoleczna”, then „diagnoza rodziny”, as in npm run bench)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { byKind, searchBytes } from './lib/search-bytes.ts';

const [folder, ...queries] = process.argv.slice(2);
if (!folder || !existsSync(join(folder, 'pagefind'))) {
  console.error('Podaj folder zbudowanego serwisu (z podfolderem pagefind/), np. node scripts/search-bytes.ts dist');
  process.exit(1);
}
const dir = resolve(folder);
const tools = existsSync(join(dir, 'narzedzia')) ? readdirSync(join(dir, 'narzedzia')).filter((f) => !f.endsWith('.html')) : [];
const kb = (b: number) => `${(b / 1024).toFixed(1).replace('.', ',')} KB`;
const costs = await searchBytes(dir, tools[0] ? `/narzedzia/${tools[0]}/` : '/', queries.length > 0 ? queries : ['spoleczna', 'diagnoza rodziny']);
for (const [i, cost] of costs.entries()) {
  console.log(`\n${i === 0 ? 'Pierwsze' : 'Kolejne'} zapytanie „${cost.query}”: ${kb(cost.bytes)} (plików: ${cost.files.length})\n`);
  console.log('| pliki | ile | gzip |\n| --- | --- | --- |');
  for (const k of byKind(cost.files)) console.log(`| ${k.kind} | ${k.count} | ${kb(k.bytes)} |`);
}
