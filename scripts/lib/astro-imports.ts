/**
 * The import statements of an Astro component (its front matter and its
 * <script> blocks), rewritten so that imports of other components point at
 * their `.astro.ts` stand-ins. Used by the dependency lint.
 */
const IMPORT = /^\s*import\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"];?/gms;

export function astroImports(source: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const statements: string[] = [];
  for (const block of [frontmatter, ...scripts]) {
    for (const match of block.matchAll(IMPORT)) {
      statements.push(match[0].trim().replace(/\.astro(['"])/, '.astro.ts$1'));
    }
  }
  return `${statements.join('\n')}\n`;
}
