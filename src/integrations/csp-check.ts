/**
 * After `astro build`, reads every page and fails the build when its
 * Content-Security-Policy (written by Astro, see src/site/lib/csp.ts) would
 * block something on the page: a browser would silently drop that style or
 * script, so the page would look or work differently from what was tested.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheRoot, inputKey } from '../build/cache.ts';
import { inStep } from '../build/steps.ts';
import { policyGaps } from '../site/lib/csp.ts';

/** The pages the last build found without gaps, by a hash of their bytes and of the code (in the build cache). */
export const CSP_CHECKED_FILE = 'csp-bez-luk.json';

/** The pages a build found without gaps; a missing or damaged list means none, so every page is checked. */
function checkedBefore(file: string): string[] {
  try {
    const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Every gap of every HTML page under `dir`, as „file: what”. With `checked`
 * (a file in the build cache), a page whose bytes the same code found
 * without gaps in the last build is not read into a tree again: the check
 * is a function of the page and the code alone. The file then lists this
 * build's pages without gaps.
 */
export function sitePolicyGaps(dir: string, checked?: string): string[] {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  const before = new Set(checked ? checkedBefore(checked) : []);
  const clean: string[] = [];
  const gaps = pages.flatMap((file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    const key = inputKey(html);
    if (before.has(key)) {
      clean.push(key);
      return [];
    }
    const found = policyGaps(html);
    if (found.length === 0) clean.push(key);
    return found.map((gap) => `${file.split('\\').join('/')}: ${gap}`);
  });
  if (checked) {
    mkdirSync(dirname(checked), { recursive: true });
    writeFileSync(`${checked}.${process.pid}.tmp`, JSON.stringify(clean.sort()));
    renameSync(`${checked}.${process.pid}.tmp`, checked);
  }
  return gaps;
}

export default function cspCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'kooperacje:csp-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': inStep('sprawdzenie polityki bezpieczeństwa treści (CSP)', async ({ dir }) => {
        const gaps = sitePolicyGaps(fileURLToPath(dir), join(cacheRoot(root), CSP_CHECKED_FILE));
        if (gaps.length > 0) {
          throw new Error(
            `Polityka bezpieczeństwa treści (CSP) zablokowałaby w przeglądarce:\n${gaps.map((g) => `  ✗ ${g}`).join('\n')}\n` +
              'Przenieś style do src/styles/site.css, a skrypty do plików <script> komponentów (Astro liczy ich skróty).',
          );
        }
      }),
    },
  };
}
