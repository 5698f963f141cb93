/** Facts about a built site folder. */
import { readdirSync } from 'node:fs';

/** Every HTML file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

export function countPages(dir: string): number {
  return htmlFiles(dir).length;
}
