/** Front matter of `content/dobre-praktyki/*.md`: good practices from the pilots, each told from its public sources. */
import { z } from 'zod';
import { addedOn, entryRef, municipalityTypes, optionalListOf, shortText, slug, sources, stage, text, updatedOn } from './fields.ts';

export const practiceSchema = z.strictObject({
  /** What was done, and where. */
  tytul: text('tytul: Partnerski Zespół Kooperacji w gminie Kolno').meta({ title: 'Tytuł', description: 'Co zrobiono i gdzie, np. Partnerski Zespół Kooperacji w gminie Kolno.' }),
  /** One or two sentences for lists and search results (max 200 characters). */
  opis: shortText('opis: Zespół tworzyły GOPS, PCPR i Zespół Interdyscyplinarny; współpracę wspierali animatorzy.', 200).meta({ title: 'Krótki opis', description: 'Jedno–dwa zdania do list i wyników wyszukiwania (najwyżej 200 znaków).' }),
  /** Municipality types the practice comes from or applies to. */
  typy_gmin: municipalityTypes().meta({ title: 'Typy gmin', description: 'Typy gmin, z których pochodzi praktyka albo do których się odnosi.' }),
  /** Where it was practised, as the source names it (gmina, powiat, województwo). */
  miejsce: z.string().trim().min(1, { error: 'pole jest puste; wpisz, gdzie to robiono, np. miejsce: gmina Kolno, województwo podlaskie, albo usuń pole' }).optional().meta({ title: 'Miejsce', description: 'Gdzie to robiono, tak jak nazywa to źródło, np. „gmina Kolno, województwo podlaskie”.' }),
  /** Stages of the model the practice belongs to. */
  etapy: optionalListOf(stage(), '[partnerski-zespol, zespoly-zadaniowe]').meta({ title: 'Etapy modelu', description: 'Etapy, których dotyczy praktyka; każdy musi być w modelu każdego wybranego typu gminy.' }),
  /** Related entries. */
  powiazane: optionalListOf(entryRef(), '[rekomendacje/r05-zespol-wokol-ops]').meta({ title: 'Powiązane wpisy' }),
  /** Public sources the description is written from. */
  zrodla: sources(),
  /** Day the practice was put on the site (RRRR-MM-DD); the list and the feed show newest first by it. */
  dodano: addedOn(),
  /** Day of the last significant change (RRRR-MM-DD); pages show it as „Ostatnia aktualizacja”. */
  zaktualizowano: updatedOn(),
  slug: slug(),
});

export type PracticeData = z.output<typeof practiceSchema>;
