/**
 * Controlled lists editors choose from in front matter. Each entry has the id
 * written in content files and the Polish label shown to readers.
 * Add a value here and every page, filter and check picks it up.
 */

export interface Term<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

/** Areas a recommendation belongs to (`obszar:`). */
export const AREAS = [
  { id: 'partnerstwo', label: 'Budowanie partnerstwa i zespołów' },
  { id: 'organizacja', label: 'Organizacja i formalizacja współpracy' },
  { id: 'diagnoza-i-plan', label: 'Diagnoza i planowanie wsparcia' },
  { id: 'kadry', label: 'Kompetencje i wsparcie kadr' },
  { id: 'praca-z-rodzina', label: 'Praca z osobą i rodziną' },
  { id: 'zasoby', label: 'Zasoby i usługi lokalne' },
  { id: 'ewaluacja', label: 'Ewaluacja i upowszechnianie' },
] as const satisfies readonly Term[];

/** Institutions a recommendation is addressed to (`adresaci:`). */
export const ADDRESSEES = [
  { id: 'ops', label: 'ośrodek pomocy społecznej (OPS, MOPS, GOPS)' },
  { id: 'pcpr', label: 'powiatowe centrum pomocy rodzinie (PCPR)' },
  { id: 'pup', label: 'powiatowy urząd pracy (PUP)' },
  { id: 'szkola', label: 'szkoła i placówki oświatowe' },
  { id: 'policja', label: 'policja' },
  { id: 'sad', label: 'sąd i kuratorzy sądowi' },
  { id: 'ochrona-zdrowia', label: 'placówki ochrony zdrowia' },
  { id: 'ngo', label: 'organizacje pozarządowe' },
  { id: 'wladze-gminy', label: 'władze gminy (wójt, burmistrz, prezydent miasta, rada)' },
  { id: 'wladze-powiatu', label: 'władze powiatu' },
  { id: 'rops', label: 'regionalny ośrodek polityki społecznej (ROPS, RCPS)' },
  { id: 'pzk', label: 'partnerski zespół kooperacyjny (PZK)' },
] as const satisfies readonly Term[];

/**
 * Stages of putting a model into practice, shared by all models. The labels
 * are neutral: a model uses only the stages its own sources describe and may
 * name each in its own words (`nazwa` in the model's `etapy`).
 */
export const STAGES = [
  { id: 'porozumienie', label: 'Porozumienie' },
  { id: 'spotkanie-inicjujace', label: 'Spotkanie inicjujące' },
  { id: 'partnerski-zespol', label: 'Partnerski zespół' },
  { id: 'zespoly-zadaniowe', label: 'Koordynacja współpracy' },
  { id: 'diagnoza', label: 'Diagnoza sytuacji osoby lub rodziny' },
  { id: 'plan-wsparcia', label: 'Planowanie i udzielanie wsparcia' },
  { id: 'superwizja', label: 'Wsparcie kadr' },
  { id: 'ewaluacja', label: 'Podsumowanie i ewaluacja' },
] as const satisfies readonly Term[];

/**
 * Tiers on which a model's teams and roles work (`szczebel:` in a model's
 * `struktury`). The structure diagram draws one band per tier, in this order.
 */
export const TIERS = [
  { id: 'projekt', label: 'Projekt' },
  { id: 'wojewodztwo', label: 'Województwo' },
  { id: 'powiat', label: 'Powiat' },
  { id: 'gmina', label: 'Gmina' },
] as const satisfies readonly Term[];

/** Sectors that take part in cooperation (`sektory:` on a model). */
export const SECTORS = [
  { id: 'pomoc-spoleczna', label: 'pomoc społeczna' },
  { id: 'edukacja', label: 'edukacja' },
  { id: 'ochrona-zdrowia', label: 'ochrona zdrowia' },
  { id: 'wymiar-sprawiedliwosci', label: 'wymiar sprawiedliwości' },
  { id: 'policja', label: 'policja' },
  { id: 'rynek-pracy', label: 'rynek pracy' },
  { id: 'ngo', label: 'organizacje pozarządowe' },
  { id: 'kultura-sport-turystyka', label: 'kultura, sport i turystyka' },
  { id: 'gkrpa', label: 'gminne komisje rozwiązywania problemów alkoholowych' },
  { id: 'zespol-interdyscyplinarny', label: 'zespoły interdyscyplinarne' },
  { id: 'samorzad', label: 'samorząd terytorialny' },
] as const satisfies readonly Term[];

export type AreaId = (typeof AREAS)[number]['id'];
export type AddresseeId = (typeof ADDRESSEES)[number]['id'];
export type StageId = (typeof STAGES)[number]['id'];
export type SectorId = (typeof SECTORS)[number]['id'];
export type TierId = (typeof TIERS)[number]['id'];

/** The ids of a list, typed as a non-empty tuple for `z.enum`. */
export function ids<T extends readonly Term[]>(list: T): [T[number]['id'], ...T[number]['id'][]] {
  return list.map((t) => t.id) as [T[number]['id'], ...T[number]['id'][]];
}

/** The label of an id in a list; throws on an undeclared id. */
export function label<T extends readonly Term[]>(list: T, id: T[number]['id']): string {
  const term = list.find((t) => t.id === id);
  if (!term) throw new Error(`Unknown term: ${id}`);
  return term.label;
}

/** The sixteen voivodeships, in the adjectival form used in front matter (`wojewodztwa:`). */
export const VOIVODESHIPS = [
  'dolnośląskie', 'kujawsko-pomorskie', 'lubelskie', 'lubuskie', 'łódzkie', 'małopolskie',
  'mazowieckie', 'opolskie', 'podkarpackie', 'podlaskie', 'pomorskie', 'śląskie',
  'świętokrzyskie', 'warmińsko-mazurskie', 'wielkopolskie', 'zachodniopomorskie',
] as const;
export type Voivodeship = (typeof VOIVODESHIPS)[number];
