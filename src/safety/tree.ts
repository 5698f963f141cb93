/**
 * Lists content/ without following symbolic links: regular files, and the
 * links found (each a problem for the editor). readdir's dirents come from
 * lstat, so a linked folder or a loop of links is never entered.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../domain/problem.ts';

export interface ContentTree {
  /** Regular files, relative to content/ with „/”, sorted. */
  readonly files: readonly string[];
  /** Symbolic links, relative to content/ with „/”, sorted. */
  readonly links: readonly string[];
}

/** Walks `dir` (content/) with lstat semantics. */
export function walkContent(dir: string): ContentTree {
  const files: string[] = [];
  const links: string[] = [];
  const visit = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of entries) {
      const path = rel ? `${rel}/${d.name}` : d.name;
      if (d.isSymbolicLink()) links.push(path);
      else if (d.isDirectory()) visit(path);
      else if (d.isFile()) files.push(path);
    }
  };
  visit('');
  return { files: files.sort(), links: links.sort() };
}

/** One problem per symbolic link; `rel` makes the project-relative name („content/…”). */
export function linkProblems(tree: ContentTree, rel: (path: string) => string): ContentProblem[] {
  return tree.links.map((link) => ({
    file: rel(link),
    where: 'plik',
    message:
      'dowiązanie symboliczne (skrót do innego pliku lub folderu) – budowanie z nich nie korzysta, bo mogą wskazywać pliki spoza folderu content; zastąp dowiązanie prawdziwym plikiem',
  }));
}
