import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroImports } from '../../scripts/lib/astro-imports.ts';

const root = resolve(import.meta.dirname, '../..');

/**
 * Each rule's planted fault, in its own file of one copy of src/. The real lint
 * runs once over the copy (each run costs seconds); every fault must be
 * reported, and nothing else: so the project's own src/ passes too.
 */
const PLANTS: ReadonlyArray<{ rule: string; plant: (src: string) => void; reported: string }> = [
  {
    rule: 'refuses a feature that imports another feature',
    plant: (src) => appendFileSync(join(src, 'toolkit/geometry.ts'), "\nimport '../site/lib/navigation.ts';\n"),
    reported: 'error no-sibling-import-toolkit: src/toolkit/geometry.ts → src/site/lib/navigation.ts',
  },
  {
    rule: 'refuses a lower layer that imports a higher one',
    plant: (src) => appendFileSync(join(src, 'content/urls.ts'), "\nimport '../toolkit/pdf-types.ts';\n"),
    reported: 'src/content/urls.ts → src/toolkit/pdf-types.ts',
  },
  {
    rule: 'reads the imports of Astro components too',
    plant: (src) => {
      const file = join(src, 'site/components/SiteHeader.astro');
      writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', "---\nimport SiteSearch from '../../search/SiteSearch.astro';\n"));
    },
    reported: 'error no-sibling-import-site: src/site/components/SiteHeader.astro.ts → src/search/SiteSearch.astro.ts',
  },
  {
    rule: 'refuses a type-only import across features, which vanishes from the built code but still ties the folders',
    plant: (src) => appendFileSync(join(src, 'site/lib/navigation.ts'), "\nimport type { Doc } from '../../toolkit/pdf-types.ts';\nexport type Unused = Doc;\n"),
    reported: 'error no-sibling-import-site: src/site/lib/navigation.ts → src/toolkit/pdf-types.ts',
  },
  {
    rule: 'refuses an editors’ form that reads anything but the content and the vocabularies',
    plant: (src) => appendFileSync(join(src, 'cms/fields.ts'), "\nimport '../typography/slug.ts';\n"),
    reported: 'error cms-reads-content-and-domain-only: src/cms/fields.ts → src/typography/slug.ts',
  },
  {
    rule: 'refuses an import cycle inside one folder',
    plant: (src) => appendFileSync(join(src, 'toolkit/geometry.ts'), "\nimport './document.ts';\n"),
    reported: 'error no-circular: src/toolkit/',
  },
];

let copy = '';
let run: { status: number | null; output: string } = { status: null, output: '' };

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'kooperacje-deps-test-'));
  cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
  for (const { plant } of PLANTS) plant(join(copy, 'src'));
  const result = spawnSync(process.execPath, [join(root, 'scripts/dependency-lint.ts'), copy], { encoding: 'utf8' });
  run = { status: result.status, output: result.stdout + result.stderr };
}, 60_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the dependency lint', () => {
  for (const { rule, reported } of PLANTS) {
    it(rule, () => {
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(reported);
    });
  }

  it('reports nothing but the planted faults, so the project’s own src/ keeps to the layers', () => {
    const errors = run.output.split('\n').filter((line) => /^\s*(error|warn)\s/.test(line));
    expect(errors).toHaveLength(PLANTS.length);
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
