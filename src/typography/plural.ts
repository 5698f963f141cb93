/** Polish plural forms: 1 wynik, 2 wyniki, 5 wyników, 22 wyniki. */

import type { PluralForms } from '../domain/words/shape.ts';

export type { PluralForms };

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

/** The counted nouns live in the reader-facing dictionary (src/domain/words/); re-exported for existing callers. */
export { NOUNS } from '../domain/words/browser.ts';
