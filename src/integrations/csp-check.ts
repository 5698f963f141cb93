/**
 * After `astro build`, reads every page and fails the build when its
 * Content-Security-Policy (written by Astro, see src/site/lib/csp.ts) would
 * block something on the page: a browser would silently drop that style or
 * script, so the page would look or work differently from what was tested.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inStep } from '../build/steps.ts';
import { policyGaps } from '../site/lib/csp.ts';

/** Every gap of every HTML page under `dir`, as „file: what”. */
export function sitePolicyGaps(dir: string): string[] {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  return pages.flatMap((file) => policyGaps(readFileSync(join(dir, file), 'utf8')).map((gap) => `${file.split('\\').join('/')}: ${gap}`));
}

export default function cspCheck(): AstroIntegration {
  return {
    name: 'kooperacje:csp-check',
    hooks: {
      'astro:build:done': inStep('sprawdzenie polityki bezpieczeństwa treści (CSP)', async ({ dir }) => {
        const gaps = sitePolicyGaps(fileURLToPath(dir));
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
