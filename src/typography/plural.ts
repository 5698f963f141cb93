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

/** Nouns the site counts; `other` is the genitive singular used after fractions („1,5 strony”). */
export const NOUNS = {
  result: { one: 'wynik', few: 'wyniki', many: 'wyników', other: 'wyniku' },
  page: { one: 'strona', few: 'strony', many: 'stron', other: 'strony' },
  card: { one: 'karta', few: 'karty', many: 'kart', other: 'karty' },
  tool: { one: 'narzędzie', few: 'narzędzia', many: 'narzędzi', other: 'narzędzia' },
  template: { one: 'wzór dokumentu', few: 'wzory dokumentów', many: 'wzorów dokumentów', other: 'wzoru dokumentu' },
  recommendation: { one: 'rekomendacja', few: 'rekomendacje', many: 'rekomendacji', other: 'rekomendacji' },
  meeting: { one: 'spotkanie', few: 'spotkania', many: 'spotkań', other: 'spotkania' },
  error: { one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu' },
  sector: { one: 'sektor', few: 'sektory', many: 'sektorów', other: 'sektora' },
  stage: { one: 'etap', few: 'etapy', many: 'etapów', other: 'etapu' },
  step: { one: 'krok', few: 'kroki', many: 'kroków', other: 'kroku' },
  word: { one: 'słowo', few: 'słowa', many: 'słów', other: 'słowa' },
  pdfFile: { one: 'plik PDF', few: 'pliki PDF', many: 'plików PDF', other: 'pliku PDF' },
  abbreviation: { one: 'skrót', few: 'skróty', many: 'skrótów', other: 'skrótu' },
} as const satisfies Record<string, PluralForms>;
