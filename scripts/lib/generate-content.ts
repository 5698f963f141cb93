/**
 * Generates a large content folder for the benchmark: the fixture content
 * plus as many meetings, recommendations, tools and pages as needed to reach
 * the requested number of built pages.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AREAS } from '../../src/domain/vocabulary.ts';

const PARAGRAPH =
  'Ośrodek pomocy społecznej koordynuje wsparcie rodziny razem z powiatowym centrum pomocy rodzinie, szkołą, policją i organizacjami pozarządowymi. Zespół spotyka się regularnie, ustala wspólny plan i sprawdza jego efekty.';

export function generateContent(fixture: string, out: string, entries: number): void {
  rmSync(out, { recursive: true, force: true });
  cpSync(fixture, out, { recursive: true });
  for (const folder of ['spotkania', 'rekomendacje', 'narzedzia', 'strony']) mkdirSync(join(out, folder), { recursive: true });
  // Spread over a month, so the feed's ordering has work to do.
  const added = (i: number) => `dodano: 2026-11-${String(1 + (i % 28)).padStart(2, '0')}`;
  const body = (i: number) => `## Część ${i}\n\n${PARAGRAPH}\n\n- pierwszy punkt\n- drugi punkt\n\n${PARAGRAPH}\n`;
  for (let i = 1; i <= entries; i++) {
    const kind = i % 4;
    const n = String(i).padStart(4, '0');
    if (kind === 0) {
      writeFileSync(join(out, 'spotkania', `spotkanie-${n}.md`), `---\ntytul: Spotkanie numer ${i}\nopis: Relacja ze spotkania numer ${i}.\ndata: 20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}\norganizator: Ośrodek testowy\nforma:\n  rodzaj: nieznana\nodbiorcy: [wiejska]\nzrodla:\n  - tytul: Źródło\n${added(i)}\n---\n\n${body(i)}`);
    } else if (kind === 1) {
      writeFileSync(join(out, 'rekomendacje', `r-${n}.md`), `---\nnumer: ${1000 + i}\ntytul: Rekomendacja numer ${i}\nopis: Opis rekomendacji ${i}.\ntypy_gmin: [wiejska, miejska]\nobszar: ${AREAS[i % AREAS.length]!.id}\nadresaci: [ops]\netapy: [diagnoza]\nzrodla:\n  - tytul: Źródło\n---\n\n${body(i)}`);
    } else if (kind === 2) {
      writeFileSync(join(out, 'narzedzia', `narzedzie-${n}.md`), `---\ntytul: Narzędzie numer ${i}\nopis: Opis narzędzia ${i}.\ncel: Cel narzędzia.\nkto_wypelnia: pracownik socjalny\nkiedy: na początku\netap: ${['porozumienie', 'diagnoza'][i % 2]}\ntypy_gmin: [miejsko-wiejska]\nkolejnosc: ${i}\n${added(i)}\n---\n\n${body(i)}\n## Formularz\n\nImię i nazwisko: __________\n\n- [ ] tak\n- [ ] nie\n`);
    } else {
      writeFileSync(join(out, 'strony', `strona-${n}.md`), `---\ntytul: Strona numer ${i}\nopis: Opis strony ${i}.\n---\n\n${body(i)}`);
    }
  }
}
