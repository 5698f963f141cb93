/**
 * `npm run preview`: serves a built site at the sub-path it was built for
 * (read from the build, see lib/built-base.ts), so a sub-path build works as
 * it will on the server. Prints the address to open.
 *
 * Usage: node scripts/preview.ts [--dir dist] [--port 4321] [--host 127.0.0.1]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { builtBase } from './lib/built-base.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: 'localhost' },
  },
});
const dir = resolve(values.dir);
const base = builtBase(dir);
if (!base) {
  console.error(`✗ W folderze ${values.dir}/ nie ma zbudowanego serwisu; uruchom najpierw npm run build`);
  process.exit(1);
}

const server = await preview({
  root: resolve(import.meta.dirname, '..'),
  base,
  outDir: dir,
  logLevel: 'warn',
  server: { port: Number(values.port), host: values.host },
});
console.log(`Podgląd zbudowanego serwisu: http://${values.host}:${server.port}${base} (Ctrl+C kończy)`);
