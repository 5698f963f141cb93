/**
 * The three municipality types the Modele Kooperacji were built for.
 * This is the only place their ids, URL slugs and Polish forms are written down:
 * pages, filters, search metadata, PDF bundles and tests all read them from here.
 */

export interface MunicipalityType {
  /** Id used in editors' front matter (`typy_gmin: [wiejska]`). */
  readonly id: 'wiejska' | 'miejsko-wiejska' | 'miejska';
  /** URL segment of the model page and of filter pages. */
  readonly slug: string;
  /** Nominative singular: „gmina wiejska”. */
  readonly singular: string;
  /** Nominative plural: „gminy wiejskie”. */
  readonly plural: string;
  /** Genitive plural: „gmin wiejskich”. */
  readonly genitivePlural: string;
  /** „dla gmin wiejskich”, used in titles of models and bundles. */
  readonly forPlural: string;
  /** A short qualifier shown next to the name, e.g. the population threshold. */
  readonly note?: string;
}

export const MUNICIPALITY_TYPES = [
  {
    id: 'wiejska',
    slug: 'gminy-wiejskie',
    singular: 'gmina wiejska',
    plural: 'gminy wiejskie',
    genitivePlural: 'gmin wiejskich',
    forPlural: 'dla gmin wiejskich',
  },
  {
    id: 'miejsko-wiejska',
    slug: 'gminy-miejsko-wiejskie',
    singular: 'gmina miejsko-wiejska',
    plural: 'gminy miejsko-wiejskie',
    genitivePlural: 'gmin miejsko-wiejskich',
    forPlural: 'dla gmin miejsko-wiejskich',
  },
  {
    id: 'miejska',
    slug: 'gminy-miejskie',
    singular: 'gmina miejska',
    plural: 'gminy miejskie',
    genitivePlural: 'gmin miejskich',
    forPlural: 'dla gmin miejskich',
    note: 'miasta powyżej 20 tys. mieszkańców',
  },
] as const satisfies readonly MunicipalityType[];

export type MunicipalityTypeId = (typeof MUNICIPALITY_TYPES)[number]['id'];

export const MUNICIPALITY_TYPE_IDS = MUNICIPALITY_TYPES.map((t) => t.id) as [
  MunicipalityTypeId,
  ...MunicipalityTypeId[],
];

/** Looks a type up by id; throws on an id that is not declared above. */
export function municipalityType(id: MunicipalityTypeId): MunicipalityType {
  const type = MUNICIPALITY_TYPES.find((t) => t.id === id);
  if (!type) throw new Error(`Unknown municipality type: ${id}`);
  return type;
}

/** Sorts ids into the declared order (rural, urban-rural, urban). */
export function sortMunicipalityTypes(ids: readonly MunicipalityTypeId[]): MunicipalityTypeId[] {
  return MUNICIPALITY_TYPE_IDS.filter((id) => ids.includes(id));
}

/** „gminy wiejskie, gminy miejskie”: the types in their declared order, as lists and facts name them. */
export function typesLabel(types: readonly MunicipalityTypeId[]): string {
  return sortMunicipalityTypes(types).map((t) => municipalityType(t).plural).join(', ');
}
