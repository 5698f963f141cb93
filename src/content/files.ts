/**
 * Every file under `content/` is either read or reported: entry files must be
 * `.md` (or `.mdx`) named by the address rule, and anything else in an entry
 * folder or at the top of `content/` gets a message saying what to do with it.
 * `pliki/` (downloads and images) is checked where it is published.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CONTENT_KINDS } from './kinds.ts';
import { walkContent, type ContentTree } from '../safety/tree.ts';
import { SLUG_RULE, slugify } from '../typography/slug.ts';
import { closest, type ContentProblem } from './problems.ts';

/** Extensions of entry files; `.mdx` entries are read where MDX is supported. */
export const ENTRY_EXTENSIONS = ['.md', '.mdx'] as const;

/** Entry files (Markdown and MDX) of one kind's folder, relative to it, as the build reads them: symbolic links are never listed (they are problems). */
export function entryFiles(tree: ContentTree, folder: string): string[] {
  return tree.files.filter((f) => f.startsWith(`${folder}/`) && (ENTRY_EXTENSIONS as readonly string[]).includes(extname(f))).map((f) => f.slice(folder.length + 1));
}

/** The folder under `content/` that holds downloads and images. */
export const FILES_FOLDER = 'pliki';

/** Hidden files and what operating systems and office programs leave behind are not content. */
export function isSystemFile(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

const WORD = /^\.(docx?|odt|rtf|pages)$/i;
const PDF = /^\.pdf$/i;
const IMAGE = /^\.(png|jpe?g|gif|webp|avif|svg|tiff?|bmp|heic)$/i;
const TEXT = /^\.(txt|markdown|mkd|mkdn|mdown|text)$/i;

/** „Spotkanie w Łodzi” → „spotkanie-w-lodzi”; a name with no letters at all gets an example. */
const suggestedStem = (stem: string) => slugify(stem) || 'nowy-wpis';

/** What to do with a file in an entry folder that is not a `.md` entry. */
function wrongExtension(name: string): string {
  const ext = extname(name);
  const stem = basename(name, ext);
  // „notatka.md.txt”: Windows hid the real extension; the entry inside is „notatka.md”.
  const inner = extname(stem).toLowerCase() === '.md' ? basename(stem, extname(stem)) : stem;
  const target = `${suggestedStem(inner)}.md`;
  if (ext.toLowerCase() === '.md' || ext.toLowerCase() === '.mdx') {
    return `rozszerzenie „${ext}” trzeba pisać małymi literami, inaczej plik jest pomijany; zmień nazwę pliku na ${suggestedStem(stem)}${ext.toLowerCase()}`;
  }
  if (TEXT.test(ext)) {
    return `plik z rozszerzeniem „${ext}” jest pomijany, wczytywane są tylko pliki .md; zmień nazwę pliku na ${target} (w Windows włącz w Eksploratorze: Widok → Pokaż → Rozszerzenia nazw plików, aby widzieć pełną nazwę)`;
  }
  if (WORD.test(ext)) {
    return `dokument „${ext}” nie jest wpisem i jest pomijany; przepisz treść do pliku ${target} (wzór pliku jest w README), a gotowy dokument do pobrania zapisz jako PDF w folderze content/pliki`;
  }
  if (PDF.test(ext)) {
    return `plik PDF w folderze wpisów jest pomijany; przenieś go do folderu content/pliki i wskaż w narzędziu polem „zalacznik” albo linkiem /pliki/${basename(name)}`;
  }
  if (IMAGE.test(ext)) {
    return `obraz w folderze wpisów jest pomijany; przenieś go do folderu content/pliki i wstaw w treści jako ![Opis obrazu](/pliki/${basename(name)})`;
  }
  return `plik „${name}” nie jest wpisem i jest pomijany (wpisy to pliki .md); usuń go albo przenieś do folderu content/pliki, jeśli ma być do pobrania`;
}

/** Files under `dir`, listed without following symbolic links (the content-safety walk reports them), system files left out. */
function filesUnder(dir: string): string[] {
  return walkContent(dir).files.filter((f) => !f.split('/').some(isSystemFile)).map((f) => join(dir, f));
}

/**
 * Problems with the files in `content/` itself: names, extensions, folders
 * nothing reads. `rel` turns an absolute path into „content/…”; `rootFiles`
 * are the files read at the top of the folder (the settings).
 */
export function checkContentFiles(dir: string, rel: (abs: string) => string, rootFiles: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folders = CONTENT_KINDS.map((k) => k.folder);
  const known = [...folders, FILES_FOLDER, ...rootFiles];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [{ file: rel(dir), where: 'folder', message: 'nie ma folderu z treścią; uruchom polecenie w folderze projektu (tam, gdzie jest folder content) albo podaj właściwą ścieżkę' }];
  }
  for (const name of names) {
    const abs = join(dir, name);
    if (isSystemFile(name) || known.includes(name) || lstatSync(abs).isSymbolicLink()) continue;
    const guess = closest(name.toLowerCase(), known);
    const hint = guess ? `czy chodziło o „${guess}”? ` : '';
    if (lstatSync(abs).isDirectory()) {
      problems.push({
        file: rel(abs),
        where: 'folder',
        message: `folder „${name}” nie jest wczytywany; ${hint}wpisy umieść w jednym z folderów: ${folders.join(', ')}, a pliki do pobrania i obrazy w folderze ${FILES_FOLDER}`,
      });
    } else {
      problems.push({
        file: rel(abs),
        where: 'nazwa pliku',
        message: `plik „${name}” w folderze content nie jest wczytywany; ${hint}w folderze content czytane są tylko pliki ${rootFiles.join(' i ')}, wpisy w folderach ${folders.join(', ')}, a pliki do pobrania w folderze ${FILES_FOLDER}`,
      });
    }
  }
  for (const folder of folders) {
    let files: string[];
    try {
      files = filesUnder(join(dir, folder));
    } catch {
      continue; // A missing folder is simply empty; a missing model is reported elsewhere.
    }
    for (const abs of files) {
      const name = basename(abs);
      const ext = extname(name);
      if (!(ENTRY_EXTENSIONS as readonly string[]).includes(ext)) {
        problems.push({ file: rel(abs), where: 'nazwa pliku', message: wrongExtension(name) });
        continue;
      }
      const stem = basename(name, ext);
      if (!SLUG_RULE.test(stem)) {
        problems.push({
          file: rel(abs),
          where: 'nazwa pliku',
          message: `nazwa pliku staje się adresem strony, a „${name}” ma znaki, których w adresie być nie może (dozwolone są małe litery bez polskich znaków, cyfry i pojedyncze myślniki); zmień nazwę pliku na ${suggestedStem(stem)}${ext}`,
        });
      }
    }
  }
  return problems;
}
