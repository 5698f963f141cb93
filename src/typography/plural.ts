/** Polish plural forms: 1 wynik, 2 wyniki, 5 wyników, 22 wyniki. */

export interface PluralForms {
  /** 1 */
  readonly one: string;
  /** 2–4, 22–24, … */
  readonly few: string;
  /** 0, 5–21, 25–31, … */
  readonly many: string;
  /** fractions: 1,5 … */
  readonly other?: string;
}

const rules = new Intl.PluralRules('pl-PL');

/** The form of the noun that goes with `n`. */
export function pluralForm(n: number, forms: PluralForms): string {
  const category = rules.select(n);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few;
  if (category === 'other') return forms.other ?? forms.few;
  return forms.many;
}

/** „5 wyników”, with a non-breaking space between the number and the noun. */
export function countOf(n: number, forms: PluralForms): string {
  return `${n}\u00A0${pluralForm(n, forms)}`;
}

/** Nouns the site counts. */
export const NOUNS = {
  result: { one: 'wynik', few: 'wyniki', many: 'wyników' },
  page: { one: 'strona', few: 'strony', many: 'stron' },
  card: { one: 'karta', few: 'karty', many: 'kart' },
  tool: { one: 'narzędzie', few: 'narzędzia', many: 'narzędzi' },
  recommendation: { one: 'rekomendacja', few: 'rekomendacje', many: 'rekomendacji' },
  meeting: { one: 'spotkanie', few: 'spotkania', many: 'spotkań' },
  error: { one: 'błąd', few: 'błędy', many: 'błędów' },
  sector: { one: 'sektor', few: 'sektory', many: 'sektorów' },
  stage: { one: 'etap', few: 'etapy', many: 'etapów' },
  step: { one: 'krok', few: 'kroki', many: 'kroków' },
  word: { one: 'słowo', few: 'słowa', many: 'słów' },
  pdfFile: { one: 'plik PDF', few: 'pliki PDF', many: 'plików PDF' },
  abbreviation: { one: 'skrót', few: 'skróty', many: 'skrótów' },
} as const satisfies Record<string, PluralForms>;
