/**
 * Turns whatever a build step throws into one Polish line for the person
 * building: the step, what went wrong (a full disk, missing permissions, a
 * crash of Pagefind or sharp), the file when the system names one, and what
 * to do. Never a stack trace.
 */
import { findStep } from '../../src/build/steps.ts';

const SYSTEM_ERRORS: Record<string, { what: string; fix: string }> = {
  ENOSPC: { what: 'brak miejsca na dysku', fix: 'zwolnij miejsce na dysku (serwis z pakietami PDF zajmuje kilkadziesiąt MB) i uruchom budowanie ponownie' },
  EDQUOT: { what: 'wyczerpany przydział miejsca na dysku', fix: 'zwolnij miejsce albo poproś administratora o większy przydział i uruchom budowanie ponownie' },
  EACCES: { what: 'brak uprawnień do pliku lub folderu', fix: 'sprawdź uprawnienia (albo wybierz inny folder wyjściowy) i uruchom budowanie ponownie' },
  EPERM: { what: 'system nie pozwolił na tę operację na pliku', fix: 'sprawdź uprawnienia i czy plik nie jest otwarty w innym programie, i uruchom budowanie ponownie' },
  EROFS: { what: 'dysk jest tylko do odczytu', fix: 'podaj folder wyjściowy na dysku z prawem zapisu' },
  EIO: { what: 'błąd odczytu lub zapisu dysku', fix: 'sprawdź dysk i uruchom budowanie ponownie' },
  EMFILE: { what: 'za dużo otwartych plików', fix: 'zamknij inne programy i uruchom budowanie ponownie' },
  ENFILE: { what: 'za dużo otwartych plików w systemie', fix: 'zamknij inne programy i uruchom budowanie ponownie' },
  ENOMEM: { what: 'brak pamięci', fix: 'zamknij inne programy i uruchom budowanie ponownie' },
  ENOENT: { what: 'plik lub folder zniknął w trakcie budowania', fix: 'sprawdź, czy nic innego nie usuwa plików projektu, i uruchom budowanie ponownie' },
  ENOTDIR: { what: 'w ścieżce jest plik tam, gdzie powinien być folder', fix: 'popraw ścieżkę i uruchom budowanie ponownie' },
};

const UNKNOWN = { what: 'nieoczekiwany błąd', fix: 'uruchom budowanie ponownie; jeśli błąd się powtórzy, przekaż ten komunikat osobie, która opiekuje się kodem serwisu' };

export interface Failure {
  readonly step: string;
  readonly what: string;
  readonly fix: string;
  /** The file the system named, if any. */
  readonly path?: string;
  /** The original message's first line, for errors this module does not know (not a stack trace). */
  readonly detail?: string;
}

/** The system error (errno code) somewhere in the cause chain. */
function systemError(error: unknown): NodeJS.ErrnoException | undefined {
  for (let e = error, depth = 0; e && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code in SYSTEM_ERRORS) return e as NodeJS.ErrnoException;
    // Some libraries (sharp, Pagefind) only mention the code in the message.
    const inMessage = /\b(ENOSPC|EDQUOT|EACCES|EPERM|EROFS|EIO|EMFILE|ENFILE|ENOMEM)\b/.exec(String((e as Error).message ?? ''));
    // Node's own message names the file („ENOSPC: …, open '/srv/dist/x.png'”) when a wrapper dropped `path`.
    const path = /\b[a-z]+ '([^']+)'/.exec(String((e as Error).message ?? ''))?.[1];
    if (inMessage) return Object.assign(new Error(), { code: inMessage[1], ...(path ? { path } : {}) });
  }
  return undefined;
}

/** Describes a failure of the step `step` (a StepError inside names its own, more precise step). */
export function describeFailure(error: unknown, step: string): Failure {
  const named = findStep(error)?.step ?? step;
  const system = systemError(error);
  if (system?.code) return { step: named, ...SYSTEM_ERRORS[system.code]!, ...(system.path ? { path: system.path } : {}) };
  const inner = findStep(error)?.cause ?? error;
  const message = inner instanceof Error ? inner.message : String(inner);
  return { step: named, ...UNKNOWN, detail: message.split('\n').find((l) => l.trim() !== '')?.trim() ?? '' };
}

/** The Polish line(s) for the build log. */
export function formatFailure(f: Failure): string {
  const line = `  ✗ etap „${f.step}”: ${f.what}${f.path ? ` (${f.path})` : ''}; ${f.fix}`;
  return f.detail ? `${line}\n    szczegóły techniczne: ${f.detail}` : line;
}
