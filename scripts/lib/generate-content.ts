/**
 * Generates a large, realistic content folder for the benchmark: the fixture
 * content plus as many meetings, recommendations, tools, good practices and
 * pages as needed to reach the requested number of built pages. Every entry
 * has about 600 Polish words (the real entries have about 500): sections
 * with `##`/`###` headings, paragraphs from a varied vocabulary, lists, a
 * table and links to other generated entries. Deterministic: the same
 * number and seed give the same bytes.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDRESSEES, AREAS } from '../../src/domain/vocabulary.ts';

/** mulberry32: a small seeded generator, enough for varied but repeatable text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Ośrodek pomocy społecznej', 'Powiatowe centrum pomocy rodzinie', 'Zespół interdyscyplinarny', 'Szkoła podstawowa', 'Komenda powiatowa policji',
  'Kurator sądowy', 'Poradnia psychologiczno-pedagogiczna', 'Powiatowy urząd pracy', 'Stowarzyszenie lokalne', 'Fundacja wspierająca rodziny',
  'Gminna komisja rozwiązywania problemów alkoholowych', 'Asystent rodziny', 'Pracownik socjalny', 'Animator gminny', 'Koordynator współpracy',
  'Partnerski zespół kooperacyjny', 'Wójt gminy', 'Burmistrz miasta', 'Rada gminy', 'Ośrodek zdrowia', 'Pielęgniarka środowiskowa', 'Dom kultury',
  'Klub seniora', 'Centrum integracji społecznej', 'Spółdzielnia socjalna', 'Parafialny zespół Caritas', 'Biblioteka publiczna', 'Świetlica środowiskowa',
];
const VERBS = [
  'przygotowuje', 'uzgadnia', 'przegląda', 'opisuje', 'omawia', 'planuje', 'koordynuje', 'sprawdza', 'porządkuje', 'wspiera', 'monitoruje',
  'dokumentuje', 'ocenia', 'upowszechnia', 'konsultuje', 'zamawia', 'organizuje', 'prowadzi', 'zbiera', 'przekazuje', 'aktualizuje', 'finansuje',
];
const OBJECTS = [
  'indywidualny plan wsparcia rodziny', 'diagnozę potrzeb mieszkańców', 'harmonogram spotkań zespołu', 'listę lokalnych usług społecznych',
  'porozumienie o współpracy instytucji', 'zasady wymiany informacji', 'ankietę ewaluacyjną', 'kartę dobrej praktyki', 'mapę zasobów gminy',
  'program profilaktyki uzależnień', 'ofertę zajęć pozalekcyjnych', 'kontrakt socjalny', 'projekt socjalny', 'raport z monitoringu',
  'strategię rozwiązywania problemów społecznych', 'budżet zadania publicznego', 'regulamin zespołu zadaniowego', 'sprawozdanie z realizacji działań',
  'listę kontaktów do specjalistów', 'plan szkoleń dla kadry', 'ścieżkę wsparcia osoby starszej', 'procedurę „Niebieskiej Karty”',
];
const PLACES = [
  'Sandomierzu', 'Kolnie', 'Łowiczu', 'Sieradzu', 'Zgierzu', 'Brzezinach', 'Kutnie', 'Opocznie', 'Radomsku', 'Wieluniu', 'Bełchatowie', 'Tomaszowie Mazowieckim',
  'Piotrkowie Trybunalskim', 'Skierniewicach', 'Łęczycy', 'Pajęcznie', 'Poddębicach', 'Rawie Mazowieckiej', 'Wieruszowie', 'Zduńskiej Woli', 'Ostrołęce',
  'Łomży', 'Suwałkach', 'Augustowie', 'Grajewie', 'Zambrowie', 'Siemiatyczach', 'Hajnówce', 'Bielsku Podlaskim', 'Sokółce', 'Mońkach', 'Kielcach',
  'Busku-Zdroju', 'Jędrzejowie', 'Końskich', 'Opatowie', 'Ostrowcu Świętokrzyskim', 'Pińczowie', 'Starachowicach', 'Staszowie', 'Włoszczowie',
];
const OUTCOMES = [
  'żeby rodzina nie musiała opowiadać swojej historii kilka razy', 'aby instytucje nie powielały swoich działań', 'dzięki czemu wsparcie zaczyna się szybciej',
  'co skraca czas oczekiwania na pomoc', 'bo bez tego zespół nie wie, kto odpowiada za kolejny krok', 'tak aby każdy partner znał swoje zadania',
  'żeby osoby starsze mogły dłużej mieszkać we własnym domu', 'aby dzieci miały stałe miejsce do nauki po lekcjach', 'co ułatwia ocenę efektów współpracy',
  'dzięki czemu mieszkańcy wiedzą, gdzie szukać wsparcia', 'bo wspólne ustalenia łatwiej potem sprawdzić', 'żeby decyzje zapadały blisko mieszkańców',
];
const TIMES = ['co miesiąc', 'raz na kwartał', 'na początku roku', 'po każdym spotkaniu', 'przed zamknięciem sprawy', 'w pierwszym tygodniu', 'jesienią', 'na wiosnę'];
const HEADINGS = [
  'Kontekst i cel działania', 'Kto brał udział', 'Przebieg współpracy', 'Najważniejsze ustalenia', 'Trudności i sposoby ich pokonania', 'Efekty dla mieszkańców',
  'Zasoby i koszty', 'Wnioski na przyszłość', 'Jak zacząć w swojej gminie', 'Podział zadań między partnerami', 'Wymiana informacji', 'Ocena po roku',
];
/** Syllables of made-up surnames: real text has many rare words (names, places), which the search index must hold. */
const SYLLABLES = ['kow', 'now', 'wiś', 'ziel', 'maj', 'krup', 'sob', 'dąb', 'grab', 'lis', 'wol', 'ryb', 'sad', 'pol', 'mił', 'brz', 'jaw', 'czar', 'góral', 'strz'];
const ENDINGS = ['alska', 'ecka', 'icka', 'owska', 'ińska', 'uk', 'ak', 'czyk', 'ewicz', 'ski'];
const FIRST_NAMES = ['Anna', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Tomasz', 'Piotr', 'Krzysztof', 'Andrzej', 'Paweł', 'Michał'];
const SUBHEADINGS = ['Przygotowanie', 'Pierwsze spotkanie', 'Praca w zespole', 'Dokumentacja', 'Rola koordynatora', 'Kontakt z rodziną', 'Podsumowanie etapu'];

type Kind = 'spotkania' | 'rekomendacje' | 'narzedzia' | 'strony' | 'dobre-praktyki';
/** The mix of the site's content: a quarter recommendations, a fifth tools, the rest meetings, practices and pages. */
const MIX: readonly Kind[] = ['rekomendacje', 'spotkania', 'narzedzia', 'dobre-praktyki', 'rekomendacje', 'strony', 'spotkania', 'narzedzia', 'dobre-praktyki', 'rekomendacje', 'strony', 'rekomendacje', 'spotkania', 'narzedzia', 'rekomendacje', 'dobre-praktyki', 'strony', 'narzedzia', 'spotkania', 'rekomendacje'];

interface Generated {
  readonly kind: Kind;
  readonly slug: string;
  /** The path other entries link to. */
  readonly path: string;
  readonly title: string;
}

function slugOf(kind: Kind, n: string): string {
  return { spotkania: `spotkanie-${n}`, rekomendacje: `r-${n}`, narzedzia: `narzedzie-${n}`, strony: `strona-${n}`, 'dobre-praktyki': `praktyka-${n}` }[kind];
}

function plan(entries: number): Generated[] {
  return Array.from({ length: entries }, (_, index) => {
    const i = index + 1;
    const kind = MIX[index % MIX.length]!;
    const n = String(i).padStart(5, '0');
    const slug = slugOf(kind, n);
    const path = kind === 'strony' ? `/${slug}/` : `/${kind}/${slug}/`;
    const place = PLACES[i % PLACES.length]!;
    const title = {
      spotkania: `Spotkanie zespołu kooperacyjnego w ${place} (${i})`,
      rekomendacje: `Rekomendacja ${1000 + i}: wspólny plan wsparcia w ${place}`,
      narzedzia: `Wzór dokumentu nr ${i}: ${OBJECTS[i % OBJECTS.length]}`,
      strony: `Poradnik ${i}: współpraca instytucji w ${place}`,
      'dobre-praktyki': `Dobra praktyka ${i}: zespół wokół ośrodka w ${place}`,
    }[kind];
    return { kind, slug, path, title };
  });
}

/** About 600 words of body: sections with headings, paragraphs, a list, a table and links to other entries. */
function body(entry: Generated, all: readonly Generated[], next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TIMES)} w ${pick(PLACES)}, ${pick(OUTCOMES)}.`;
  const link = () => {
    const other = pick(all);
    return `[${other.title.replace(/[[\]]/g, '')}](${other.path})`;
  };
  const person = () => `${pick(FIRST_NAMES)} ${pick(SYLLABLES).replace(/^./, (c) => c.toUpperCase())}${pick(SYLLABLES)}${pick(ENDINGS)}`;
  const paragraph = (n: number) => `${Array.from({ length: n }, sentence).join(' ')} Opowiadał o tym ${person()}.`;
  const parts: string[] = [paragraph(3)];
  const sections = 4;
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${pick(HEADINGS)} (${s + 1})`, paragraph(3));
    if (s === 0) parts.push(Array.from({ length: 5 }, () => `- ${pick(SUBJECTS).toLowerCase()} ${pick(VERBS)} ${pick(OBJECTS)}`).join('\n'));
    if (s === 1) {
      const rows = Array.from({ length: 4 }, () => `| ${pick(SUBJECTS)} | ${pick(OBJECTS)} | ${pick(TIMES)} |`);
      parts.push(`### ${pick(SUBHEADINGS)}`, `| Partner | Zadanie | Termin |\n| --- | --- | --- |\n${rows.join('\n')}`);
    }
    if (s === 2) parts.push(`Więcej o tym piszą strony ${link()} oraz ${link()}. ${paragraph(2)}`);
    if (s === 3) parts.push(Array.from({ length: 4 }, (_, k) => `${k + 1}. ${sentence()}`).join('\n'));
  }
  if (entry.kind === 'narzedzia') parts.push('## Formularz', 'Imię i nazwisko: __________', 'Najważniejsze ustalenia: __________ (4 wiersze)', '- [ ] tak\n- [ ] nie');
  return `${parts.join('\n\n')}\n`;
}

/** Front matter of one entry, valid for its kind's schema. */
function frontMatter(e: Generated, i: number, next: () => number): string {
  const added = `dodano: 2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const desc = `opis: "${e.title} – opis wygenerowany do pomiaru wydajności."`;
  switch (e.kind) {
    case 'spotkania':
      return `tytul: ${e.title}\n${desc}\ndata: 20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}\norganizator: Ośrodek testowy\nforma:\n  rodzaj: nieznana\nodbiorcy: [wiejska]\nzrodla:\n  - tytul: Źródło\n${added}`;
    case 'rekomendacje':
      return `numer: ${1000 + i}\ntytul: "${e.title}"\n${desc}\ntypy_gmin: [wiejska, miejska]\nobszar: ${AREAS[i % AREAS.length]!.id}\nadresaci: [${ADDRESSEES[i % ADDRESSEES.length]!.id}]\netapy: [diagnoza]\nzrodla:\n  - tytul: Źródło`;
    case 'narzedzia':
      return `tytul: "${e.title}"\n${desc}\ncel: Cel narzędzia.\nkto_wypelnia: pracownik socjalny\nkiedy: na początku\netap: ${['porozumienie', 'diagnoza'][i % 2]}\ntypy_gmin: [miejsko-wiejska]\nkolejnosc: ${i}\n${added}`;
    case 'dobre-praktyki':
      return `tytul: "${e.title}"\n${desc}\ntypy_gmin: [${['wiejska', 'miejska'][Math.floor(next() * 2)]}]\nmiejsce: gmina testowa\netapy: [porozumienie]\nzrodla:\n  - tytul: Źródło praktyki\n${added}`;
    case 'strony':
      return `tytul: "${e.title}"\n${desc}`;
  }
}

/** Writes the fixture plus `entries` generated entries to `out` (emptied first). */
export function generateContent(fixture: string, out: string, entries: number, seed = 17): void {
  rmSync(out, { recursive: true, force: true });
  cpSync(fixture, out, { recursive: true });
  const all = plan(entries);
  const next = random(seed);
  for (const kind of new Set(all.map((e) => e.kind))) mkdirSync(join(out, kind), { recursive: true });
  all.forEach((e, index) => {
    writeFileSync(join(out, e.kind, `${e.slug}.md`), `---\n${frontMatter(e, index + 1, next)}\n---\n\n${body(e, all, next)}`);
  });
}

/**
 * An editor's small change to one entry, for timing a rebuild: a sentence
 * appended to the body of the first tool in `contentDir` (or of the first
 * entry of any kind when there is no tool). Returns the file changed.
 */
export function touchOneEntry(contentDir: string): string {
  const folder = ['narzedzia', 'rekomendacje', 'spotkania'].map((k) => join(contentDir, k)).find((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.md')))!;
  const file = join(folder, readdirSync(folder).filter((f) => f.endsWith('.md')).sort()[0]!);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nAkapit dopisany przy pomiarze ponownego budowania.\n`);
  return file;
}
