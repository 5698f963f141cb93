import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS } from '../../src/content/kinds.ts';
import { MUNICIPALITY_TYPES, municipalityType, sortMunicipalityTypes } from '../../src/domain/municipalities.ts';
import { ADDRESSEES, AREAS, SECTORS, STAGES, label } from '../../src/domain/vocabulary.ts';

describe('the domain vocabulary', () => {
  it('declares three municipality types with unique ids and slugs', () => {
    expect(MUNICIPALITY_TYPES.map((t) => t.id)).toEqual(['wiejska', 'miejsko-wiejska', 'miejska']);
    expect(new Set(MUNICIPALITY_TYPES.map((t) => t.slug)).size).toBe(3);
  });

  it('gives every municipality type its Polish forms', () => {
    expect(municipalityType('miejsko-wiejska')).toMatchObject({
      singular: 'gmina miejsko-wiejska',
      plural: 'gminy miejsko-wiejskie',
      genitivePlural: 'gmin miejsko-wiejskich',
      forPlural: 'dla gmin miejsko-wiejskich',
    });
    for (const t of MUNICIPALITY_TYPES) expect(t.forPlural).toBe(`dla ${t.genitivePlural}`);
  });

  it('sorts municipality types into their declared order', () => {
    expect(sortMunicipalityTypes(['miejska', 'wiejska'])).toEqual(['wiejska', 'miejska']);
  });

  it('throws on an undeclared id', () => {
    expect(() => municipalityType('miasto' as never)).toThrow('Unknown municipality type: miasto');
    expect(() => label(AREAS, 'brak' as never)).toThrow('Unknown term: brak');
  });

  it.each([
    ['areas', AREAS], ['addressees', ADDRESSEES], ['stages', STAGES], ['sectors', SECTORS], ['content kinds', CONTENT_KINDS],
  ])('has unique ids in %s', (_name, list) => {
    const ids = list.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
