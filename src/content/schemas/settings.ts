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
    nazwa: text('nazwa: Projekt – Kooperacje 3D'),
    /** Address of the site's home page, used for the sitemap, the Atom feed and the accessibility statement. */
    adres: url('https://www.przyklad.pl/projekt-kooperacje-3d/').refine(hasPlainPath, {
      error: (iss) =>
        `${describeInput(iss.input)} ma w ścieżce znaki, których podścieżka serwisu nie może zawierać; użyj tylko liter bez polskich znaków, cyfr, kropek, podkreśleń i myślników, np. https://www.przyklad.pl/projekt-kooperacje-3d/`,
    }),
    /** Description of the home page (max 200 characters). */
    opis: text('opis: Modele Kooperacji dla gmin wiejskich, miejsko-wiejskich i miejskich.'),
  }),
  instytucja: z.strictObject({
    /** Full name of the publishing institution. */
    nazwa: text('nazwa: Regionalne Centrum Polityki Społecznej w Łodzi'),
    /** Street and number. */
    ulica: text('ulica: ul. Przykładowa 1'),
    /** Postal code and town. */
    miejscowosc: text('miejscowosc: 90-000 Łódź'),
    telefon: phone(),
    email: email(),
    /** The institution's main site. */
    www: url('https://www.przyklad.pl/'),
  }),
  /** The EU funds logo strip shown at the top of every page and on PDF covers. */
  logotypy: z.strictObject({
    plik: filePath('/pliki/logotypy/fundusze-europejskie.svg'),
    /** Text alternative naming every sign on the strip. */
    alt: text('alt: Fundusze Europejskie – Program Wiedza Edukacja Rozwój, Rzeczpospolita Polska, Unia Europejska – Europejski Fundusz Społeczny'),
    szerokosc: positiveInt('szerokosc: 600'),
    wysokosc: positiveInt('wysokosc: 80'),
  }),
  /** Links to the institution's pages in Polish Sign Language and in easy-to-read text. */
  dostepnosc: z.strictObject({
    pjm: z.union([url(), filePath('/pliki/pjm.mp4'), z.string().regex(/^\//)], {
      error: 'wpisz adres strony z informacją w polskim języku migowym, np. https://www.przyklad.pl/pjm',
    }),
    etr: z.union([url(), z.string().regex(/^\//)], {
      error: 'wpisz adres strony z tekstem łatwym do czytania, np. /tekst-latwy-do-czytania/',
    }),
  }),
  /** Facts of the accessibility statement (deklaracja dostępności), supplied by the institution. */
  deklaracja: z.strictObject({
    data_publikacji: isoDate(),
    data_aktualizacji: isoDate(),
    data_sporzadzenia: isoDate(),
    data_przegladu: isoDate().optional(),
    /** zgodna, czesciowo-zgodna or niezgodna. */
    status: oneOf(['zgodna', 'czesciowo-zgodna', 'niezgodna'], 'status zgodności'),
    /** Known barriers; required unless the status is „zgodna”. */
    bariery: z.array(z.string().min(1)).default([]),
    /** How the statement was prepared: samoocena (self-assessment) or audyt. */
    ocena: oneOf(['samoocena', 'audyt'], 'sposób oceny'),
    /** Who audited, when `ocena` is audyt. */
    audytor: z.string().optional(),
    kontakt: z.strictObject({
      osoba: text('osoba: Jan Kowalski'),
      email: email(),
      telefon: phone(),
    }),
    /** Architectural accessibility of the institution's building (several paragraphs allowed). */
    architektura: text('architektura: Do budynku prowadzi wejście bez schodów…'),
    /** Communication accessibility: PJM interpreter, induction loops, and so on. */
    komunikacja: text('komunikacja: W budynku nie ma pętli indukcyjnej…'),
  }),
  /** The PDF toolkits. */
  pakiety: z.strictObject({
    /** Edition date printed on covers and stored in the PDFs (never the build's clock). */
    data_wydania: isoDate(),
  }),
  /** The home page's texts. */
  strona_glowna: homeSchema,
  /**
   * Sentences the institution stands behind, written once and shown wherever
   * they apply: the footer, the tool pages and lists, the PDF covers and tool sections.
   */
  teksty: z.strictObject({
    /** The EU co-financing sentence (PO WER 2014–2020): every page's footer and every bundle's cover. */
    wspolfinansowanie: text(
      'wspolfinansowanie: Projekt „…” współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Wiedza Edukacja Rozwój 2014–2020.',
    ),
    /** What one template is and is not: a tool's page and its section in every PDF. */
    zastrzezenie_wzoru: text(
      'zastrzezenie_wzoru: Wzór opracowany na potrzeby serwisu; nie pochodzi z dokumentów projektów i nie jest oficjalnym formularzem.',
    ),
    /** The same for a set of templates: the list of tools, the model pages, the cover and introduction of every bundle. */
    zastrzezenie_wzorow: text(
      'zastrzezenie_wzorow: Wzory opracowano na potrzeby serwisu; nie pochodzą z dokumentów projektów i nie są oficjalnymi formularzami.',
    ),
  }, {
    error: (iss) =>
      iss.input === undefined
        ? 'brak grupy pól; dodaj „teksty:” z polami wspolfinansowanie, zastrzezenie_wzoru i zastrzezenie_wzorow (opis pól w README)'
        : `${describeInput(iss.input)} to nie grupa pól; wpisz pod „teksty:” wcięte pola wspolfinansowanie, zastrzezenie_wzoru i zastrzezenie_wzorow`,
  }),
  /** Data controller facts for the privacy notice. */
  rodo: z.strictObject({
    /** Contact of the data protection officer. */
    iod_email: email(),
  }),
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

