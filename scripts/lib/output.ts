/**
 * Where a build may write, and how a finished build replaces the previous one.
 * The output folder is refused when replacing it would delete the project,
 * its content or code, or someone else's files; a finished build is marked, and
 * it is swapped in with two renames whose interruption the next run repairs.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Every finished build carries this file; only a folder holding it may be replaced. */
export const BUILD_MARKER = '.kooperacje-build';
export const BUILD_MARKER_TEXT = 'Kooperacje 3D: serwis zbudowany przez scripts/build.ts. Ten folder może zostać zastąpiony nowym budowaniem.\n';

/** The project's own working folder: staging, the lock, the fontconfig file. Ignored by git. */
export const WORK_DIR = '.build';

/** Folders of the project that an output folder may neither be nor lie inside. */
const PROTECTED = [
  ['content', 'folder treści serwisu (content/)'],
  ['src', 'folder kodu serwisu (src/)'],
  ['scripts', 'folder skryptów (scripts/)'],
  ['tests', 'folder testów (tests/)'],
  ['node_modules', 'folder zależności (node_modules/)'],
  ['.git', 'folder repozytorium git (.git/)'],
  ['public', 'folder plików statycznych (public/)'],
  [WORK_DIR, 'roboczy folder budowania (.build/)'],
] as const;

/** Resolves symbolic links in the part of `path` that exists, so a link cannot disguise a protected folder. */
export function realPath(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realPath(parent), basename(abs));
}

/** True when `child` is `parent` or lies anywhere below it. */
const isInside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/** True when `dir` holds a finished build of this project (the marker, or a build made before markers existed). */
export function isEarlierBuild(dir: string): boolean {
  const marker = join(dir, BUILD_MARKER);
  if (existsSync(marker)) return statSync(marker).isFile() && readFileSync(marker, 'utf8') === BUILD_MARKER_TEXT;
  // Builds from before the marker: the home page, the search index and the PDF manifest together.
  return ['index.html', 'pagefind/pagefind.js', 'do-pobrania/manifest.json'].every((f) => existsSync(join(dir, f)));
}

function isEmptyDir(dir: string): boolean {
  return readdirSync(dir).length === 0;
}

/**
 * Why `out` must not be replaced by a build, as the end of a Polish sentence
 * „Folder wyjściowy „X” …”, or undefined when it may be.
 */
export function outputFolderProblem(out: string, project: { root: string; content: string }): string | undefined {
  const target = realPath(out);
  const root = realPath(project.root);
  const content = realPath(project.content);
  const refuse = (what: string) => `to ${what}; budowanie zastąpiłoby go serwisem i usunęło jego zawartość`;
  if (target === root) return refuse('folder projektu');
  if (isInside(root, target)) return refuse('folder, w którym leży projekt');
  const contentLabel = `${isInside(content, root) ? relative(root, content) : content}/`;
  if (target === content) return refuse(`folder treści (${contentLabel})`);
  if (isInside(target, content)) return refuse(`folder wewnątrz folderu treści (${contentLabel})`);
  if (isInside(content, target)) return refuse(`folder, w którym leży treść (${contentLabel})`);
  for (const [name, what] of PROTECTED) {
    if (isInside(target, join(root, name))) return refuse(what);
  }
  if (!existsSync(target)) {
    // The swap creates missing parent folders, but cannot make one where a file stands.
    const file = fileAbove(target);
    return file ? `w ścieżce jest plik ${file}, a nie folder; podaj ścieżkę folderu, np. --out dist` : undefined;
  }
  if (!statSync(target).isDirectory()) return 'to plik, a nie folder; podaj ścieżkę folderu, np. --out dist';
  if (isEmptyDir(target) || isEarlierBuild(target)) return undefined;
  return `nie jest pusty i nie zawiera wcześniejszej wersji tego serwisu (brak pliku ${BUILD_MARKER}); budowanie nie usuwa cudzych plików. Podaj pusty lub nowy folder albo sam przenieś jego zawartość w inne miejsce`;
}

/** The nearest existing path above a missing `target`, if it is a file rather than a folder. */
function fileAbove(target: string): string | undefined {
  for (let dir = dirname(target); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(dir)) return statSync(dir).isDirectory() ? undefined : dir;
  }
  return undefined;
}

/** The folders a swap of `out` uses next to it (same file system, so renames are atomic). */
export function swapFolders(out: string): { old: string; next: string } {
  const parent = dirname(resolve(out));
  const name = basename(resolve(out));
  return { old: join(parent, `.${name}-old`), next: join(parent, `.${name}-new`) };
}

export class SwapError extends Error {
  override name = 'SwapError';
}

/**
 * Repairs what an interrupted swap left. A kill between the two renames leaves
 * the previous site in `.X-old` and no `X`: it is put back. A kill after the
 * second rename leaves the new site in `X` and the old one in `.X-old`: the old
 * one is removed. An unfinished copy in `.X-new` is removed. Returns what it did,
 * in Polish, for the build log.
 */
export function repairInterruptedSwap(out: string): string | undefined {
  const target = resolve(out);
  const { old, next } = swapFolders(target);
  let done: string | undefined;
  if (existsSync(next)) {
    if (!isEarlierBuild(next) && !isEmptyDir(next)) throw new SwapError(`folder ${next} nie pochodzi z budowania serwisu; usuń go albo przenieś i uruchom budowanie ponownie`);
    rmSync(next, { recursive: true, force: true });
  }
  if (!existsSync(old)) return done;
  if (!isEarlierBuild(old)) throw new SwapError(`folder ${old} nie pochodzi z budowania serwisu; usuń go albo przenieś i uruchom budowanie ponownie`);
  if (existsSync(target)) {
    rmSync(old, { recursive: true, force: true });
    done = `usunięto poprzednią wersję serwisu (${old}), którą przerwane budowanie zostawiło obok nowej`;
  } else {
    renameSync(old, target);
    done = `przywrócono poprzednią wersję serwisu do ${target}: poprzednie budowanie przerwano w trakcie podmiany`;
  }
  return done;
}

/**
 * Replaces `out` with the finished build in `staging`: marks it, brings it
 * next to `out` (a rename, or a copy when it lies on another file system),
 * then renames the old site away and the new one in. At every moment either
 * `out` or `.out-old` holds a complete site.
 */
export function swapInto(staging: string, out: string, hooks: { betweenRenames?: () => void } = {}): void {
  const target = resolve(out);
  const { old, next } = swapFolders(target);
  writeFileSync(join(staging, BUILD_MARKER), BUILD_MARKER_TEXT);
  // „--out wydania/2026/serwis” may name folders that do not exist yet.
  mkdirSync(dirname(next), { recursive: true });
  try {
    renameSync(staging, next);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      cpSync(staging, next, { recursive: true });
    } catch (copyError) {
      rmSync(next, { recursive: true, force: true });
      throw copyError;
    }
    rmSync(staging, { recursive: true, force: true });
  }
  if (existsSync(target)) {
    // Checked again right before the rename: nothing but a build of this project is ever moved away.
    if (!isEmptyDir(target) && !isEarlierBuild(target)) {
      rmSync(next, { recursive: true, force: true });
      throw new SwapError(`folder ${target} przestał być wcześniejszą wersją serwisu w trakcie budowania; nic nie zostało usunięte`);
    }
    renameSync(target, old);
  }
  hooks.betweenRenames?.();
  renameSync(next, target);
  rmSync(old, { recursive: true, force: true });
}
