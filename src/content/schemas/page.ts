/** Front matter of `content/strony/*.md`: standalone pages such as „O projekcie”. */
import { z } from 'zod';
import { optionalListOf, positiveInt, shortText, slug, source, text, updatedOn } from './fields.ts';

export const pageSchema = z.strictObject({
  /** Page title (the h1). */
  tytul: text('tytul: O projekcie'),
  /** One or two sentences for search results and link previews (max 200 characters). */
  opis: shortText('opis: Trzy projekty, trzy modele współpracy.', 200),
  /** Position in the footer's list of pages; pages without it are not listed there. */
  stopka: positiveInt('stopka: 2').optional(),
  /** Show the institution's contact data and data protection officer from settings at the end of the page. */
  kontakt: z.boolean({ error: 'wpisz true albo false' }).default(false),
  /** Show, after the text, the table of voivodeships with their project and regional centre, built from the models. */
  mapa_wsparcia: z.boolean({ error: 'wpisz true albo false' }).default(false),
  /** Public sources of the facts on the page. */
  zrodla: optionalListOf(source(), '[{ tytul: …, url: https://… }]'),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type PageData = z.output<typeof pageSchema>;
