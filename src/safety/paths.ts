/**
 * Containment of the paths content names („/pliki/…” in `zalacznik`, images,
 * the logo strip, links): a path is decoded once, must stay inside
 * content/pliki/ without „..”, „.”, „//”, backslashes or encoded tricks, and
 * must name a regular file reached through real folders only (no symbolic
 * link on the way, checked with lstat), whose real path lies inside content/.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { extensionOf, IMAGE_LIST, publishedType, refusalOf } from './file-types.ts';
import { sanitizeSvgFile } from './svg.ts';

/** The folder of editors' files, as sites address it. */
export const FILES_PREFIX = '/pliki/';

export type SitePath = { ok: true; rel: string } | { ok: false; message: string };

const OUTSIDE =
  'wychodzi poza folder content/pliki albo jest zapisana niejednoznacznie („..”, „.”, „//”, „\\” lub zakodowane znaki); wpisz prostą ścieżkę pliku z folderu content/pliki, np. /pliki/nazwa-pliku.pdf';

/**
 * Turns a site path under /pliki/ (query and fragment ignored) into a path
 * relative to content/ („pliki/a/b.pdf”), or says why it is refused. Pure.
 */
export function filePathOf(url: string): SitePath {
  const raw = url.split(/[?#]/)[0] ?? '';
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { ok: false, message: `ścieżka „${url}” ${OUTSIDE}` };
  }
  const segments = path.split('/');
  const bad =
    !path.startsWith(FILES_PREFIX) ||
    /[\\\u0000-\u001f\u007f]/.test(path) ||
    // An address encoded twice would decode to something else on a server that decodes again.
    /%[0-9a-f]{2}/i.test(path) ||
    segments.slice(1).some((s) => s === '' || s === '.' || s === '..');
  if (bad) return { ok: false, message: `ścieżka „${url}” ${OUTSIDE}` };
  return { ok: true, rel: segments.slice(1).join('/') };
}

export interface FileRules {
  /** What to tell the editor when the file does not exist: „dodaj … albo popraw …”. */
  readonly missingFix: string;
  /** Only images may be named (Markdown images, the logo strip). */
  readonly image?: boolean;
}

/**
 * Why the file a site path names cannot be used, as a Polish „what; how to
 * fix it” message, or undefined when it is a publishable regular file inside
 * content/. Reads the file system with lstat only, so it never follows a link.
 */
export function contentFileProblem(contentDir: string, url: string, rules: FileRules): string | undefined {
  const path = filePathOf(url);
  if (!path.ok) return path.message;
  const shown = `content/${path.rel}`;
  let at = contentDir;
  const segments = path.rel.split('/');
  for (const [i, segment] of segments.entries()) {
    at = join(at, segment);
    let stat;
    try {
      stat = lstatSync(at);
    } catch {
      return `plik ${shown} nie istnieje; ${rules.missingFix}`;
    }
    if (stat.isSymbolicLink()) {
      return `${i === segments.length - 1 ? 'plik' : 'folder'} content/${segments.slice(0, i + 1).join('/')} jest dowiązaniem symbolicznym, a serwis publikuje tylko prawdziwe pliki z folderu content; zastąp dowiązanie prawdziwym plikiem`;
    }
    if (i < segments.length - 1 && !stat.isDirectory()) return `plik ${shown} nie istnieje; ${rules.missingFix}`;
    if (i === segments.length - 1 && !stat.isFile()) return `${shown} nie jest zwykłym plikiem; ${rules.missingFix}`;
  }
  if (!isInside(contentDir, at)) return `ścieżka „${url}” ${OUTSIDE}`;
  const name = path.rel.slice('pliki/'.length);
  const refusal = refusalOf(name);
  if (refusal) return `plik ${shown} nie może być opublikowany: ${refusal}; zapisz treść w jednym z publikowanych formatów (np. PDF) i popraw ścieżkę`;
  if (rules.image && !publishedType(name)?.image) return `plik ${shown} nie jest obrazem; użyj obrazu w jednym z formatów: ${IMAGE_LIST}`;
  if (extensionOf(name) === 'svg') {
    const svg = sanitizeSvgFile(at);
    if (!svg.ok) return `plik ${shown} ${svg.message}`;
  }
  return undefined;
}

/** True when the real path of `file` lies inside the real path of `dir`. */
export function isInside(dir: string, file: string): boolean {
  try {
    const root = realpathSync(dir);
    return realpathSync(file).startsWith(root + sep);
  } catch {
    return false;
  }
}

/** The absolute file a site path names (after `contentFileProblem` accepted it). */
export function contentFile(contentDir: string, url: string): string {
  const path = filePathOf(url);
  if (!path.ok) throw new Error(`refused path ${url}`);
  return join(contentDir, ...path.rel.split('/'));
}
