/** Splits a Markdown file into YAML front matter and body, with Polish messages for YAML errors. */
import { parseDocument, type YAMLError } from 'yaml';
import { yamlSourceProblem, yamlToData } from './limits.ts';
import type { ContentProblem } from './problems.ts';

export interface SplitFile {
  readonly data: unknown;
  readonly body: string;
  /** Line number (1-based) of the first body line in the file. */
  readonly bodyLine: number;
}

const YAML_HINTS: Record<string, string> = {
  BAD_INDENT: 'wcięcie jest niepoprawne; wyrównaj pola tej samej listy lub grupy taką samą liczbą spacji',
  TAB_AS_INDENT: 'wcięcie zrobiono tabulatorem; zamień tabulatory na spacje',
  DUPLICATE_KEY: 'to pole występuje dwa razy; zostaw jedno z nich',
  MISSING_CHAR: 'brakuje znaku zamykającego (cudzysłowu lub nawiasu); domknij go',
  BLOCK_AS_IMPLICIT_KEY: 'po nazwie pola brakuje dwukropka i spacji albo wartość zawiera dwukropek; zapisz „pole: wartość”, a wartość z dwukropkiem weź w cudzysłów prosty "…" (polskie „…” nie wystarczą), np. tytul: "Spotkanie: relacja"',
  MULTILINE_IMPLICIT_KEY: 'po nazwie pola brakuje dwukropka i spacji; zapisz „pole: wartość”',
  UNEXPECTED_TOKEN: 'nieoczekiwany znak; wartość zaczynającą się od znaku specjalnego (np. [, {, *, &) weź w cudzysłów prosty "…" (polskie „…” nie wystarczą)',
  BAD_SCALAR_START: 'wartość zaczyna się od znaku specjalnego; weź ją w cudzysłów prosty "…" (polskie „…” nie wystarczą)',
};

/** An unclosed quote is reported where YAML gave up; editors need the line where it opened. */
function openingQuoteLine(source: string, before: number): number | undefined {
  const lines = source.split('\n').slice(0, before);
  const at = lines.findIndex((l) => ((l.match(/"/g) ?? []).length % 2 === 1) || ((l.match(/: '/g) ?? []).length > 0 && (l.match(/'/g) ?? []).length % 2 === 1));
  return at >= 0 ? at + 1 : undefined;
}

function yamlProblem(file: string, error: YAMLError, lineOffset: number, source: string): ContentProblem {
  const reported = error.linePos?.[0]?.line ?? 1;
  const line = (error.code === 'MISSING_CHAR' ? (openingQuoteLine(source, reported) ?? reported) : reported) + lineOffset;
  const hint =
    YAML_HINTS[error.code] ??
    'nagłówek nie jest poprawnym YAML-em; sprawdź wcięcia, dwukropki po nazwach pól i cudzysłowy';
  return { file, where: `nagłówek, wiersz ${line}`, message: `błąd składni YAML: ${hint}` };
}

/** Parses a whole YAML file (settings). */
export function parseYaml(file: string, source: string): { data?: unknown; problems: ContentProblem[] } {
  const tooDeep = yamlSourceProblem(file, source);
  if (tooDeep) return { problems: [tooDeep] };
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) return { problems: doc.errors.map((e) => yamlProblem(file, e, 0, source)) };
  const limited = yamlToData(file, doc);
  return limited.problem ? { problems: [limited.problem] } : { data: limited.data, problems: [] };
}

/** Splits `---` front matter from the Markdown body and parses it. */
export function splitFrontmatter(file: string, source: string): { split?: SplitFile; problems: ContentProblem[]; /** The body when only the header failed. */ body?: Omit<SplitFile, 'data'> } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) {
    return {
      problems: [
        {
          file,
          where: 'nagłówek',
          message: 'brak nagłówka z polami; zacznij plik od linii „---”, wpisz pola (np. „tytul: …”) i zamknij je linią „---”',
        },
      ],
    };
  }
  const yamlSource = match[1] ?? '';
  const tooDeep = yamlSourceProblem(file, yamlSource);
  if (tooDeep) return { problems: [tooDeep] };
  const doc = parseDocument(yamlSource, { prettyErrors: true, uniqueKeys: true });
  const body = { body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
  // The YAML starts on line 2 of the file, after the opening ---.
  if (doc.errors.length > 0) return { problems: doc.errors.map((e) => yamlProblem(file, e, 1, yamlSource)), body };
  const limited = yamlToData(file, doc);
  if (limited.problem) return { problems: [limited.problem], body };
  const data = limited.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file, where: 'nagłówek', message: 'nagłówek nie zawiera pól; wpisz pola w postaci „nazwa: wartość”' }], body };
  }
  return { split: { data, ...body }, problems: [] };
}
