/** Polish typography: one module for the site and the PDFs. */
export { NBSP, typesetText, typesetQuotes } from './text.ts';
export { typeset } from './template.ts';
export { typesetTree } from './hast.ts';
export { formatDate, formatMonthOrDate, formatPeriod, yearOf } from './dates.ts';
export { countOf, pluralForm, NOUNS, type PluralForms } from './plural.ts';
export { slugify } from './slug.ts';
