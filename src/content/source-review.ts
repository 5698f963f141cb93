/**
 * Sources whose address nobody has confirmed yet (`do_sprawdzenia: true` on a
 * source), listed by `npm run check` for the editor, in the ContentProblem shape.
 */
import { allEntries, type Content } from './entries.ts';
import type { ContentProblem } from './problems.ts';

interface SourceLike { tytul: string; url?: string | undefined; do_sprawdzenia?: boolean | undefined }

/** One line per unconfirmed source: file · pole „zrodla → n. pozycja”: title (address); what to do. */
export function unconfirmedSources(content: Content): ContentProblem[] {
  return allEntries(content).flatMap((e) =>
    ((e.data as { zrodla?: readonly SourceLike[] }).zrodla ?? []).flatMap((s, i) =>
      s.do_sprawdzenia
        ? [{
            file: e.file,
            where: `pole „zrodla → ${i + 1}. pozycja”`,
            message: `adres źródła „${s.tytul}”${s.url ? ` (${s.url})` : ''} nie został potwierdzony; sprawdź, czy strona istnieje i mówi to, co podaje serwis, a potem usuń pole do_sprawdzenia (jeśli adresu nie da się potwierdzić, usuń url i zostaw do_sprawdzenia: true)`,
          }]
        : [],
    ),
  );
}
