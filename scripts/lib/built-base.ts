/**
 * The sub-path a built site was made for, read back from the build itself:
 * the path of the home page's canonical link. `npm run preview` serves there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** „/” or „/projekt-kooperacje-3d/”; undefined when `dir` holds no built home page. */
export function builtBase(dir: string): string | undefined {
  const home = join(dir, 'index.html');
  if (!existsSync(home)) return undefined;
  const canonical = parse(readFileSync(home, 'utf8')).querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) return undefined;
  const path = new URL(canonical).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}
