/**
 * The shape of an editor-facing problem and its one-line form. It sits in the
 * bottom layer because both the content checks and the safety layer (which
 * sits under content) report problems; the Polish wording lives with them.
 */

export interface ContentProblem {
  /** Path relative to the project, e.g. content/spotkania/2021-06-15.md. */
  readonly file: string;
  /** Where in the file: „pole „data””, „nagłówek, wiersz 3”, „treść, wiersz 12”. */
  readonly where: string;
  /** What is wrong and how to fix it, separated by „; ”. */
  readonly message: string;
}

/** „content/spotkania/x.md · pole „data”: …; …”. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file} · ${p.where}: ${p.message}`;
}
