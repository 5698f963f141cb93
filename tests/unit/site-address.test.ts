import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/content/index.ts';
import { configuredBase, resolveSiteAddress } from '../../src/content/site-address.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/basic/content');
const saved = process.env.BASE_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.BASE_PATH;
  else process.env.BASE_PATH = saved;
});

describe('the site address and its sub-path', () => {
  it('takes the sub-path from serwis.adres when BASE_PATH is not given', () => {
    expect(resolveSiteAddress('https://example.org/projekt', undefined)).toEqual({ address: 'https://example.org/projekt/', base: '/projekt/' });
    expect(resolveSiteAddress('https://example.org/', '')).toEqual({ address: 'https://example.org/', base: '/' });
  });

  it('lets BASE_PATH agree with the address, move a root address under a sub-path, or build at the root', () => {
    expect(resolveSiteAddress('https://example.org/projekt/', '/projekt/')).toEqual({ address: 'https://example.org/projekt/', base: '/projekt/' });
    expect(resolveSiteAddress('https://example.org/', 'projekt')).toEqual({ address: 'https://example.org/projekt/', base: '/projekt/' });
    expect(resolveSiteAddress('https://example.org/projekt/', '/')).toEqual({ address: 'https://example.org/', base: '/' });
  });

  it('gives Astro the same base as the content loader, from the settings file', () => {
    expect(configuredBase(FIXTURE, undefined)).toBe('/projekt-kooperacje-3d/');
    expect(configuredBase(FIXTURE, '/')).toBe('/');
    expect(configuredBase('/nie/ma/takiego/folderu', '/inna/')).toBe('/inna/');
  });

  it('gives every absolute address of the content the effective address', () => {
    process.env.BASE_PATH = '/';
    const result = loadContent(FIXTURE);
    expect(result.ok && result.content.settings.serwis.adres).toBe('https://example.org/');
  });

  it('refuses a BASE_PATH that names another sub-path than serwis.adres, in Polish', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'koop-base-')), 'content');
    cpSync(FIXTURE, dir, { recursive: true });
    process.env.BASE_PATH = '/inny-katalog';
    const result = loadContent(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'content/ustawienia.yaml · pole „serwis → adres”: adres https://example.org/projekt-kooperacje-3d/ wskazuje podścieżkę /projekt-kooperacje-3d/, a zmienna BASE_PATH – /inny-katalog/; usuń BASE_PATH (podścieżka wynika z adresu) albo popraw adres w ustawieniach, tak by oba wskazywały to samo miejsce',
    ]);
  });
});
