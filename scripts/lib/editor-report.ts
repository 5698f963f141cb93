/**
 * What `npm run check` and every build tell editors besides errors: warnings
 * (they do not stop the build), the count and list of „[DO UZUPEŁNIENIA…]”
 * gaps at the end, and the publication mode (`npm run build:publikacja`,
 * i.e. PUBLIKACJA=1), which refuses to build while any gap remains.
 */
import { relative } from 'node:path';
import type { Content } from '../../src/content/entries.ts';
import { placeholderList } from '../../src/content/placeholders.ts';
import { formatProblem, type ContentProblem } from '../../src/content/problems.ts';
import { NOUNS, countOf, type PluralForms } from '../../src/typography/plural.ts';
import { checkFiles } from './file-checks.ts';

/** Counted only here, in the build log (kept out of NOUNS, which the search script ships to browsers). */
const GAP: PluralForms = { one: 'pole do uzupełnienia', few: 'pola do uzupełnienia', many: 'pól do uzupełnienia' };
const WARNING: PluralForms = { one: 'ostrzeżenie', few: 'ostrzeżenia', many: 'ostrzeżeń' };

/** True when the build is the one a deployment publishes. */
export function isPublication(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['1', 'tak', 'true'].includes((env.PUBLIKACJA ?? '').trim().toLowerCase());
}

/** Lines listing the warnings, or none. */
export function warningLines(warnings: readonly ContentProblem[]): string[] {
  if (warnings.length === 0) return [];
  return [`⚠ Treść ma ${countOf(warnings.length, WARNING)} (nie zatrzymują budowania):`, ...warnings.map((w) => `  ⚠ ${formatProblem(w)}`)];
}

/** The closing report of a build or check: how many gaps are left, and where. */
export function gapLines(content: Content): string[] {
  const gaps = placeholderList(content);
  if (gaps.length === 0) return ['✓ Brak pól do uzupełnienia.'];
  return [
    `⚠ Do uzupełnienia przez redakcję: ${countOf(gaps.length, GAP)} („[DO UZUPEŁNIENIA…]”), widocznych w serwisie jako luki:`,
    ...gaps.map((g) => `  • ${formatProblem(g)}`),
    '  Wersja do publikacji (npm run build:publikacja) nie powstanie, dopóki są takie pola.',
  ];
}

/** In publication mode, the lines refusing the build while gaps remain; otherwise none. */
export function publicationRefusal(content: Content, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!isPublication(env)) return [];
  const gaps = placeholderList(content);
  if (gaps.length === 0) return [];
  return [
    `✗ Tryb publikacji: treść zawiera ${countOf(gaps.length, GAP)}. Serwis nie został zbudowany, poprzednia wersja pozostała bez zmian.`,
    '',
    ...gaps.map((g) => `  ✗ ${formatProblem(g)}`),
    '',
    'Wpisz brakujące dane w miejsca „[DO UZUPEŁNIENIA…]” (a zastępczy pasek logotypów podmień na oficjalny); wersję roboczą z lukami buduje npm run build.',
  ];
}

/** Lines refusing content whose files the build could not use. */
function fileRefusal(problems: readonly ContentProblem[]): string[] {
  return [
    `✗ Treść zawiera ${countOf(problems.length, NOUNS.error)}. Serwis nie został zbudowany, poprzednia wersja pozostała bez zmian.`,
    '',
    ...problems.map((p) => `  ✗ ${formatProblem(p)}`),
  ];
}

/**
 * Runs before a build starts: prints the warnings, refuses files the build
 * would choke on and, in publication mode, any gap left. Exits 1 on refusal.
 */
export async function checkBeforeBuild(checked: { content: Content; warnings: readonly ContentProblem[] }): Promise<void> {
  for (const line of warningLines(checked.warnings)) console.warn(line);
  let problems: ContentProblem[];
  try {
    problems = await checkFiles(checked.content);
  } catch (error) {
    console.error(`\n✗ Sprawdzanie plików treści przerwał błąd: ${describeFailure(error)}. Serwis nie został zbudowany, poprzednia wersja pozostała bez zmian.\n`);
    process.exit(1);
  }
  const refusal = problems.length > 0 ? fileRefusal(problems) : publicationRefusal(checked.content);
  if (refusal.length > 0) {
    console.error(`\n${refusal.join('\n')}\n`);
    process.exit(1);
  }
}

/** Runs at the end of a build: the count and list of gaps. */
export function reportGaps(content: Content): void {
  console.log(gapLines(content).join('\n'));
}

/** A Polish description of an unexpected failure, naming the file when the system names one; never a stack trace. */
export function describeFailure(error: unknown): string {
  const e = (error ?? {}) as NodeJS.ErrnoException;
  const file = e.path ? ` ${relative(process.cwd(), e.path) || e.path}` : '';
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return `brak uprawnień do pliku${file}; sprawdź uprawnienia pliku albo folderu i uruchom polecenie ponownie`;
    case 'ENOENT':
      return `nie można otworzyć pliku${file} (nie istnieje albo jest skrótem do pliku, którego nie ma); usuń go albo popraw`;
    case 'EISDIR':
      return `w miejscu pliku${file} jest folder; zmień jego nazwę albo go usuń`;
    case 'ELOOP':
      return `skrót${file} wskazuje sam na siebie; usuń go i wstaw prawdziwy plik`;
    case 'EMFILE':
    case 'ENOMEM':
      return 'zabrakło zasobów komputera; zamknij inne programy i uruchom polecenie ponownie';
    default:
      return `nieoczekiwany błąd programu${e.code ? ` (${e.code})` : ''}; przekaż ten komunikat programiście`;
  }
}
