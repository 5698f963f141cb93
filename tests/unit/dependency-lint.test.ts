import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroImports } from '../../scripts/lib/astro-imports.ts';

const root = resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/** A copy of src/ with one planted change, checked by the real lint. */
function lintWith(plant: (src: string) => void): { status: number | null; output: string } {
  const copy = mkdtempSync(join(tmpdir(), 'kooperacje-deps-test-'));
  copies.push(copy);
  cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
  plant(join(copy, 'src'));
  const run = spawnSync(process.execPath, [join(root, 'scripts/dependency-lint.ts'), copy], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterEach(() => {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
});

describe('the dependency lint', { timeout: 60_000 }, () => {
  it('refuses a feature that imports another feature', () => {
    const run = lintWith((src) => appendFileSync(join(src, 'toolkit/geometry.ts'), "\nimport '../site/lib/navigation.ts';\n"));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('no-sibling-import-toolkit: src/toolkit/geometry.ts → src/site/lib/navigation.ts');
  });

  it('refuses a lower layer that imports a higher one', () => {
    const run = lintWith((src) => appendFileSync(join(src, 'content/urls.ts'), "\nimport '../toolkit/geometry.ts';\n"));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('src/content/urls.ts → src/toolkit/geometry.ts');
  });

  it('reads the imports of Astro components too', () => {
    const run = lintWith((src) => {
      const file = join(src, 'site/components/SiteHeader.astro');
      writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', "---\nimport SiteSearch from '../../search/SiteSearch.astro';\n"));
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('src/site/components/SiteHeader.astro.ts → src/search/SiteSearch.astro.ts');
  });

  it('refuses a type-only import across features, which vanishes from the built code but still ties the folders', () => {
    const run = lintWith((src) => appendFileSync(join(src, 'site/lib/navigation.ts'), "\nimport type { Doc } from '../../toolkit/pdf-types.ts';\nexport type Unused = Doc;\n"));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('no-sibling-import-site: src/site/lib/navigation.ts → src/toolkit/pdf-types.ts');
  });

  it('refuses an import cycle inside one folder', () => {
    const run = lintWith((src) => appendFileSync(join(src, 'toolkit/geometry.ts'), "\nimport './document.ts';\n"));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('no-circular');
  });
});

describe('the imports of an Astro component', () => {
  it('come from the front matter and script blocks, with components pointed at their stand-ins', () => {
    const source = [
      '---',
      "import Layout from '../layouts/BaseLayout.astro';",
      'import {',
      '  a,',
      '  b,',
      "} from '../content/urls.ts';",
      "const x = 'import y from \"nowhere\"';",
      '---',
      '<p>import z from "text"</p>',
      "<script>import '../search/client/loader.ts';</script>",
    ].join('\n');
    expect(astroImports(source)).toBe(
      [
        "import Layout from '../layouts/BaseLayout.astro.ts';",
        "import {\n  a,\n  b,\n} from '../content/urls.ts';",
        "import '../search/client/loader.ts';",
        '',
      ].join('\n'),
    );
  });
});
