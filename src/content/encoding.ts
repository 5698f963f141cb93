/**
 * Reads a content file as UTF-8 text. A file saved in another encoding (for
 * example „ANSI”, Windows-1250, from Notepad) would be published as garbled
 * Polish letters, so it is refused with the line of the first bad byte and
 * how to save it again. A byte-order mark and Windows line ends are fine.
 */
import { readFileSync } from 'node:fs';
import type { ContentProblem } from './problems.ts';

const strict = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

/** Decodes `bytes` as UTF-8, or returns the problem to show for the file. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem } {
  try {
    // The decoder drops a leading byte-order mark itself.
    return { text: strict.decode(bytes) };
  } catch {
    return {
      problem: {
        file,
        where: `plik, wiersz ${firstBadLine(bytes)}`,
        message:
          'tekst nie jest zapisany w kodowaniu UTF-8 (np. „ANSI” z Notatnika), więc polskie litery byłyby zniekształcone; ' +
          'zapisz plik ponownie w UTF-8: w Notatniku Plik → Zapisz jako → Kodowanie: UTF-8',
      },
    };
  }
}

/** Reads a file as UTF-8 text (see decodeUtf8). */
export function readUtf8(abs: string, file: string): ReturnType<typeof decodeUtf8> {
  return decodeUtf8(file, readFileSync(abs));
}
