/** `strona_glowna` in `content/ustawienia.yaml`: the home page's headline, lead and section texts. */
import { z } from 'zod';
import { text } from './fields.ts';

export const homeSchema = z.strictObject({
  /** The home page's h1, e.g. „Modele Kooperacji”. */
  tytul: text('tytul: Modele Kooperacji').meta({ title: 'Nagłówek', description: 'Nagłówek strony głównej, np. Modele Kooperacji.' }),
  /** The lead paragraph under the headline. */
  wstep: text('wstep: Trzy modele współpracy instytucji na rzecz wsparcia osób i rodzin.').meta({ title: 'Wstęp', multiline: true, description: 'Akapit pod nagłówkiem.' }),
  /** Heading above the three model cards. */
  modele: text('modele: Modele dla trzech typów gmin').meta({ title: 'Nagłówek nad modelami' }),
  /** Text of the link to the comparison of the models. */
  porownanie: text('porownanie: Porównanie trzech modeli').meta({ title: 'Odnośnik do porównania modeli' }),
  /** Heading above the latest meeting reports. */
  spotkania: text('spotkania: Najnowsze relacje ze spotkań').meta({ title: 'Nagłówek nad relacjami' }),
  /** Text of the link to all meeting reports. */
  spotkania_wszystkie: text('spotkania_wszystkie: Wszystkie spotkania i relacje').meta({ title: 'Odnośnik do wszystkich relacji' }),
  /** Heading above the links to recommendations, tools and pages for a municipality. */
  dla_gminy: text('dla_gminy: Do wykorzystania w gminie').meta({ title: 'Nagłówek nad odnośnikami dla gminy' }),
  /** What the recommendations are, after the link „Rekomendacje – ”. */
  rekomendacje: text('rekomendacje: co robić, kto i na którym etapie').meta({ title: 'Opis rekomendacji', description: 'Po odnośniku „Rekomendacje – ”.' }),
  /** What the tools are, after the link „Narzędzia – ”. */
  narzedzia: text('narzedzia: wzory dokumentów do wypełnienia').meta({ title: 'Opis narzędzi', description: 'Po odnośniku „Narzędzia – ”.' }),
});

export type HomeData = z.output<typeof homeSchema>;
