/** `content/ustawienia.yaml`: data about the site and the institution that publishes it. */
import { z } from 'zod';
import { describeInput, isoDate, oneOf, positiveInt, text, url } from './fields.ts';
import { homeSchema } from './home.ts';

const filePath = (example: string) =>
  z
    .string({ error: `wpisz ścieżkę pliku z folderu content/pliki, np. ${example}` })
    .regex(/^\/pliki\/[^\s]+$/, {
      error: (iss) => `${describeInput(iss.input)} nie jest ścieżką pliku; wpisz ją tak: ${example}`,
    });

const email = () =>
  z
    .string({ error: 'wpisz adres e-mail, np. sekretariat@przyklad.pl' })
    .regex(/^(\[DO UZUPEŁNIENIA[^\]]*\]|[^\s@]+@[^\s@]+\.[^\s@]+)$/, {
      error: (iss) => `${describeInput(iss.input)} nie jest adresem e-mail; wpisz go tak: sekretariat@przyklad.pl`,
    });

const phone = () =>
  z
    .string({ error: 'wpisz numer telefonu, np. +48 42 000 00 00' })
    .regex(/^(\[DO UZUPEŁNIENIA[^\]]*\]|\+?[\d ()-]{9,})$/, {
      error: (iss) => `${describeInput(iss.input)} nie jest numerem telefonu; wpisz go tak: +48 42 000 00 00`,
    });

/**
 * The path of the site's address becomes the sub-path of every page (Astro's
 * base): only plain segments, so no character needs escaping in a URL, HTML or XML.
 */
function hasPlainPath(address: string): boolean {
  try {
    return /^\/([A-Za-z0-9._~-]+\/?)*$/.test(new URL(address).pathname) && !/[?#]/.test(address);
  } catch {
    return false;
  }
}

export const settingsSchema = z.strictObject({
  serwis: z.strictObject({
    /** Site name shown in the header and in page titles. */
    nazwa: text('nazwa: Projekt – Kooperacje 3D').meta({ title: 'Nazwa serwisu', description: 'W nagłówku i tytułach stron.' }),
    /** Address of the site's home page, used for the sitemap, the Atom feed and the accessibility statement. */
    adres: url('https://www.przyklad.pl/projekt-kooperacje-3d/').refine(hasPlainPath, {
      error: (iss) =>
        `${describeInput(iss.input)} ma w ścieżce znaki, których podścieżka serwisu nie może zawierać; użyj tylko liter bez polskich znaków, cyfr, kropek, podkreśleń i myślników, np. https://www.przyklad.pl/projekt-kooperacje-3d/`,
    }).meta({ title: 'Adres serwisu', description: 'Pełny adres strony głównej z https://, zakończony „/”; jego ścieżka to podścieżka serwisu.' }),
    /** Description of the home page (max 200 characters). */
    opis: text('opis: Modele Kooperacji dla gmin wiejskich, miejsko-wiejskich i miejskich.').meta({ title: 'Opis serwisu', multiline: true, description: 'Jedno–dwa zdania o serwisie.' }),
  }).meta({ title: 'Serwis' }),
  instytucja: z.strictObject({
    /** Full name of the publishing institution. */
    nazwa: text('nazwa: Regionalne Centrum Polityki Społecznej w Łodzi').meta({ title: 'Pełna nazwa instytucji' }),
    /** Street and number. */
    ulica: text('ulica: ul. Przykładowa 1').meta({ title: 'Ulica i numer', description: 'Np. ul. Przykładowa 1.' }),
    /** Postal code and town. */
    miejscowosc: text('miejscowosc: 90-000 Łódź').meta({ title: 'Kod pocztowy i miejscowość', description: 'Np. 90-000 Łódź.' }),
    telefon: phone().meta({ title: 'Telefon', description: 'Np. +48 42 000 00 00.' }),
    email: email().meta({ title: 'E-mail' }),
    /** The institution's main site. */
    www: url('https://www.przyklad.pl/').meta({ title: 'Strona instytucji', description: 'Pełny adres z https://.' }),
  }).meta({ title: 'Instytucja', description: 'Instytucja publikująca serwis.' }),
  /** The EU funds logo strip shown at the top of every page and on PDF covers. */
  logotypy: z.strictObject({
    plik: filePath('/pliki/logotypy/fundusze-europejskie.svg').meta({ title: 'Plik', description: 'Z folderu content/pliki, np. /pliki/logotypy/fundusze-europejskie.svg; SVG najlepiej.' }),
    /** Text alternative naming every sign on the strip. */
    alt: text('alt: Fundusze Europejskie – Program Wiedza Edukacja Rozwój, Rzeczpospolita Polska, Unia Europejska – Europejski Fundusz Społeczny').meta({ title: 'Tekst alternatywny', description: 'Wymienia wszystkie znaki paska.' }),
    szerokosc: positiveInt('szerokosc: 600').meta({ title: 'Szerokość (px)' }),
    wysokosc: positiveInt('wysokosc: 80').meta({ title: 'Wysokość (px)' }),
  }).meta({ title: 'Pasek logotypów', description: 'Znaki funduszy na górze każdej strony i na okładkach PDF.' }),
  /** Links to the institution's pages in Polish Sign Language and in easy-to-read text. */
  dostepnosc: z.strictObject({
    pjm: z.union([url(), filePath('/pliki/pjm.mp4'), z.string().regex(/^\//)], {
      error: 'wpisz adres strony z informacją w polskim języku migowym, np. https://www.przyklad.pl/pjm',
    }).meta({ title: 'Informacja w polskim języku migowym', description: 'Pełny adres, /pliki/… albo adres strony serwisu od „/”.' }),
    etr: z.union([url(), z.string().regex(/^\//)], {
      error: 'wpisz adres strony z tekstem łatwym do czytania, np. /tekst-latwy-do-czytania/',
    }).meta({ title: 'Tekst łatwy do czytania', description: 'Pełny adres albo adres strony serwisu od „/”.' }),
  }).meta({ title: 'Dostępność' }),
  /** Facts of the accessibility statement (deklaracja dostępności), supplied by the institution. */
  deklaracja: z.strictObject({
    data_publikacji: isoDate().meta({ title: 'Data publikacji serwisu', description: 'RRRR-MM-DD.' }),
    data_aktualizacji: isoDate().meta({ title: 'Data ostatniej istotnej aktualizacji', description: 'RRRR-MM-DD.' }),
    data_sporzadzenia: isoDate().meta({ title: 'Data sporządzenia deklaracji', description: 'RRRR-MM-DD.' }),
    data_przegladu: isoDate().optional().meta({ title: 'Data ostatniego przeglądu', description: 'RRRR-MM-DD; opcjonalnie.' }),
    /** zgodna, czesciowo-zgodna or niezgodna. */
    status: oneOf(['zgodna', 'czesciowo-zgodna', 'niezgodna'], 'status zgodności').meta({ title: 'Status zgodności' }),
    /** Known barriers; required unless the status is „zgodna”. */
    bariery: z.array(z.string().min(1)).default([]).meta({ title: 'Bariery', description: 'Elementy niedostępne; wymagane, gdy status nie jest „zgodna”.' }),
    /** How the statement was prepared: samoocena (self-assessment) or audyt. */
    ocena: oneOf(['samoocena', 'audyt'], 'sposób oceny').meta({ title: 'Sposób oceny', description: 'samoocena albo audyt.' }),
    /** Who audited, when `ocena` is audyt. */
    audytor: z.string().optional().meta({ title: 'Audytor', description: 'Kto przeprowadził audyt (gdy ocena to audyt).' }),
    kontakt: z.strictObject({
      osoba: text('osoba: Jan Kowalski').meta({ title: 'Osoba' }),
      email: email().meta({ title: 'E-mail' }),
      telefon: phone().meta({ title: 'Telefon' }),
    }).meta({ title: 'Kontakt w sprawie dostępności' }),
    /** Architectural accessibility of the institution's building (several paragraphs allowed). */
    architektura: text('architektura: Do budynku prowadzi wejście bez schodów…').meta({ title: 'Dostępność architektoniczna', multiline: true, description: 'Dostępność siedziby instytucji; może mieć kilka akapitów.' }),
    /** Communication accessibility: PJM interpreter, induction loops, and so on. */
    komunikacja: text('komunikacja: W budynku nie ma pętli indukcyjnej…').meta({ title: 'Dostępność komunikacyjno-informacyjna', multiline: true, description: 'Tłumacz PJM, pętle indukcyjne itd.' }),
  }).meta({ title: 'Deklaracja dostępności' }),
  /** The PDF toolkits. */
  pakiety: z.strictObject({
    /** Edition date printed on covers and stored in the PDFs (never the build's clock). */
    data_wydania: isoDate().meta({ title: 'Data wydania pakietów', description: 'RRRR-MM-DD; po dodaniu lub zmianie narzędzia wpisz nową.' }),
  }).meta({ title: 'Pakiety PDF' }),
  /** The home page's texts. */
  strona_glowna: homeSchema.meta({ title: 'Strona główna', description: 'Teksty strony głównej.' }),
  /**
   * Sentences the institution stands behind, written once and shown wherever
   * they apply: the footer, the tool pages and lists, the PDF covers and tool sections.
   */
  teksty: z.strictObject({
    /** The EU co-financing sentence (PO WER 2014–2020): every page's footer and every bundle's cover. */
    wspolfinansowanie: text(
      'wspolfinansowanie: Projekt „…” współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Wiedza Edukacja Rozwój 2014–2020.',
    ).meta({ title: 'Współfinansowanie', multiline: true, description: 'Zdanie o współfinansowaniu projektu przez Unię Europejską.' }),
    /** What one template is and is not: a tool's page and its section in every PDF. */
    zastrzezenie_wzoru: text(
      'zastrzezenie_wzoru: Wzór opracowany na potrzeby serwisu; nie pochodzi z dokumentów projektów i nie jest oficjalnym formularzem.',
    ).meta({ title: 'Zastrzeżenie wzoru', multiline: true, description: 'O jednym wzorze: opracowany na potrzeby serwisu, nie jest oficjalnym formularzem.' }),
    /** The same for a set of templates: the list of tools, the model pages, the cover and introduction of every bundle. */
    zastrzezenie_wzorow: text(
      'zastrzezenie_wzorow: Wzory opracowano na potrzeby serwisu; nie pochodzą z dokumentów projektów i nie są oficjalnymi formularzami.',
    ).meta({ title: 'Zastrzeżenie wzorów', multiline: true, description: 'To samo w liczbie mnogiej.' }),
  }, {
    error: (iss) =>
      iss.input === undefined
        ? 'brak grupy pól; dodaj „teksty:” z polami wspolfinansowanie, zastrzezenie_wzoru i zastrzezenie_wzorow (opis pól w README)'
        : `${describeInput(iss.input)} to nie grupa pól; wpisz pod „teksty:” wcięte pola wspolfinansowanie, zastrzezenie_wzoru i zastrzezenie_wzorow`,
  }).meta({ title: 'Stałe teksty', description: 'Zdania pokazywane w stopce, na stronach narzędzi i w PDF.' }),
  /** Data controller facts for the privacy notice. */
  rodo: z.strictObject({
    /** Contact of the data protection officer. */
    iod_email: email().meta({ title: 'E-mail inspektora ochrony danych' }),
  }).meta({ title: 'Ochrona danych osobowych' }),
  /** Known barriers must be listed when the site is not fully compliant. */
}).superRefine((s, ctx) => {
  if (s.deklaracja.status !== 'zgodna' && s.deklaracja.bariery.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['deklaracja', 'bariery'],
      message: 'przy statusie innym niż „zgodna” lista barier nie może być pusta; wypisz elementy niedostępne',
    });
  }
});

export type SettingsData = z.output<typeof settingsSchema>;

