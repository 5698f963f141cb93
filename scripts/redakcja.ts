/**
 * `npm run redakcja`: one editor on one machine. Starts the live preview
 * (astro dev, as `npm run dev`) and prints the editors' page to open in
 * Chromium, Chrome or Edge, whose folder picker lets Sveltia CMS read and
 * write this checkout directly; every saved file shows at once in the preview.
 *
 * Usage: node scripts/redakcja.ts [--port 4321] [--host localhost]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { EDITORS_DIR } from '../src/cms/page.ts';
import { contentDir } from '../src/content/index.ts';
import { configuredBase } from '../src/content/site-address.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: 'localhost' },
  },
});
const root = resolve(import.meta.dirname, '..');

try {
  // Only Astro's errors: its warnings (in English) are for developers, who use npm run dev.
  const server = await dev({ root, logLevel: 'error', server: { port: Number(values.port), host: values.host } });
  const base = configuredBase(contentDir());
  const origin = `http://${values.host}:${server.address.port}`;
  console.log(`
Redakcja na tym komputerze
  1. Otwórz w Chromium, Chrome albo Edge: ${origin}${base}${EDITORS_DIR}/
     (Firefox i Safari nie pozwalają stronie otworzyć folderu na dysku).
  2. Kliknij „Pracuj z lokalnym repozytorium” i wskaż folder projektu:
     ${root}
  3. Zapisane zmiany widać od razu w podglądzie: ${origin}${base}
  Pliki sprawdza npm run check; opis formularza jest w README, w części „Dla redakcji”. Ctrl+C kończy.
`);
} catch (error) {
  console.error(`✗ Nie udało się uruchomić podglądu dla redakcji: ${error instanceof Error ? error.message : String(error)}`);
  console.error('  Jeśli port jest zajęty, podaj inny: npm run redakcja -- --port 4322');
  process.exit(1);
}
