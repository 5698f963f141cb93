/**
 * `npm run lint:deps`: checks that src/ folders import one another only in the
 * direction .dependency-cruiser.mjs declares, and that no module imports
 * itself through others. dependency-cruiser reads TypeScript but not Astro
 * components, so this copies src/ to a temporary folder, turns every .astro
 * file into a .astro.ts file holding just its imports (front matter and
 * <script>), and runs dependency-cruiser there with the project's rules.
 * `npm run lint:deps -- <folder>` checks another copy of the project's src/
 * (the tests plant faults that way).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { astroImports } from './lib/astro-imports.ts';

const root = resolve(import.meta.dirname, '..');
const checked = resolve(process.argv[2] ?? root);
const work = mkdtempSync(join(tmpdir(), 'kooperacje-deps-'));
try {
  cpSync(join(checked, 'src'), join(work, 'src'), { recursive: true });
  cpSync(join(root, 'tsconfig.json'), join(work, 'tsconfig.json'));
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  for (const entry of readdirSync(join(work, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.astro')) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(`${file}.ts`, astroImports(readFileSync(file, 'utf8')));
    rmSync(file);
  }
  const cli = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
  const run = spawnSync(process.execPath, [cli, '--config', join(root, '.dependency-cruiser.mjs'), 'src'], { cwd: work, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
