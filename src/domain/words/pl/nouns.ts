/** Polish nouns the site counts; `other` is the genitive singular used after fractions („1,5 strony”). */
import type { Nouns } from '../shape.ts';

export const NOUNS_PL = {
  result: { one: 'wynik', few: 'wyniki', many: 'wyników', other: 'wyniku' },
  page: { one: 'strona', few: 'strony', many: 'stron', other: 'strony' },
  card: { one: 'karta', few: 'karty', many: 'kart', other: 'karty' },
  tool: { one: 'narzędzie', few: 'narzędzia', many: 'narzędzi', other: 'narzędzia' },
  template: { one: 'wzór dokumentu', few: 'wzory dokumentów', many: 'wzorów dokumentów', other: 'wzoru dokumentu' },
  recommendation: { one: 'rekomendacja', few: 'rekomendacje', many: 'rekomendacji', other: 'rekomendacji' },
  meeting: { one: 'spotkanie', few: 'spotkania', many: 'spotkań', other: 'spotkania' },
  model: { one: 'model', few: 'modele', many: 'modeli', other: 'modelu' },
  report: { one: 'relacja', few: 'relacje', many: 'relacji', other: 'relacji' },
  practice: { one: 'dobra praktyka', few: 'dobre praktyki', many: 'dobrych praktyk', other: 'dobrej praktyki' },
  error: { one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu' },
  sector: { one: 'sektor', few: 'sektory', many: 'sektorów', other: 'sektora' },
  stage: { one: 'etap', few: 'etapy', many: 'etapów', other: 'etapu' },
  step: { one: 'krok', few: 'kroki', many: 'kroków', other: 'kroku' },
  word: { one: 'słowo', few: 'słowa', many: 'słów', other: 'słowa' },
  pdfFile: { one: 'plik PDF', few: 'pliki PDF', many: 'plików PDF', other: 'pliku PDF' },
  abbreviation: { one: 'skrót', few: 'skróty', many: 'skrótów', other: 'skrótu' },
} as const satisfies Nouns;
