/** Front matter of `content/strony/*.md`: standalone pages such as „O projekcie”. */
import { z } from 'zod';
import { optionalListOf, positiveInt, shortText, slug, source, text, updatedOn } from './fields.ts';

export const pageSchema = z.strictObject({
  /** Page title (the h1). */
  tytul: text('tytul: O projekcie').meta({ title: 'Tytuł strony' }),
  /** One or two sentences for search results and link previews (max 200 characters). */
  opis: shortText('opis: Trzy projekty, trzy modele współpracy.', 200).meta({ title: 'Krótki opis', description: 'Jedno–dwa zdania do wyników wyszukiwania i podglądu odnośnika (najwyżej 200 znaków).' }),
  /** Position in the footer's list of pages; pages without it are not listed there. */
  stopka: positiveInt('stopka: 2').optional().meta({ title: 'Miejsce w stopce', description: 'Liczba od 1; strona bez tego pola nie jest wymieniona w stopce.' }),
  /** Show the institution's contact data and data protection officer from settings at the end of the page. */
  kontakt: z.boolean({ error: 'wpisz true albo false' }).default(false).meta({ title: 'Ramka kontaktowa', description: 'Na końcu strony dane instytucji i inspektora ochrony danych z ustawień.' }),
  /** Show, after the text, the table of voivodeships with their project and regional centre, built from the models. */
  mapa_wsparcia: z.boolean({ error: 'wpisz true albo false' }).default(false).meta({ title: 'Tabela województw', description: 'Pod tekstem tabela województw z projektem i ośrodkiem, zbudowana z modeli.' }),
  /** Public sources of the facts on the page. */
  zrodla: optionalListOf(source(), '[{ tytul: …, url: https://… }]').meta({ title: 'Źródła', description: 'Publiczne źródła faktów na stronie.' }),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type PageData = z.output<typeof pageSchema>;
