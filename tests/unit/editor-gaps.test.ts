import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gapLines, isPublication, publicationRefusal } from '../../scripts/lib/editor-report.ts';
import { formatProblem, loadContent, type Content } from '../../src/content/index.ts';
import { placeholderList } from '../../src/content/placeholders.ts';
import { FIXTURE, append, replace, withEditedFixture, type Edit } from '../support/edited-fixture.ts';

const STRIP = 'pliki/logotypy/fundusze-europejskie-power.svg';

/** Loads the edited fixture and runs `use` on its content while its files still exist. */
function withContent<T>(edits: Record<string, Edit>, use: (content: Content) => T): T {
  return withEditedFixture(edits, (dir) => {
    const result = loadContent(dir);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return use(result.content);
  });
}
const gapsAfter = (edits: Record<string, Edit>) => withContent(edits, (c) => placeholderList(c).map(formatProblem));

/** Fixture settings with every gap filled in. */
const filledSettings = () =>
  readFileSync(join(FIXTURE, 'ustawienia.yaml'), 'utf8')
    .replace(/"\[DO UZUPEŁNIENIA: adres e-mail[^"]*\]"/g, 'kontakt@przyklad.pl')
    .replace(/"\[DO UZUPEŁNIENIA: numer telefonu\]"/g, '+48 42 000 00 00')
    .replace(/"\[DO UZUPEŁNIENIA[^"]*\]"/g, 'Uzupełnione');
/** The fixture strip without its stand-in mark. */
const officialStrip = () => readFileSync(join(FIXTURE, STRIP), 'utf8').replace(/<text[^>]*>\[[^\]]*\]<\/text>/g, '');

describe('gaps left for editors', () => {
  it('lists gaps in settings', () => {
    expect(gapsAfter({})[0]).toBe('content/ustawienia.yaml · pole „instytucja → nazwa”: [DO UZUPEŁNIENIA: pełna nazwa instytucji publikującej serwis]');
  });

  it('lists gaps in entry bodies and the stand-in mark in the logo strip', () => {
    expect(gapsAfter({ 'ustawienia.yaml': filledSettings(), 'strony/o-projekcie.md': append('Termin zapisów: [DO UZUPEŁNIENIA: data] i [DO UZUPEŁNIENIA: godzina].') })).toEqual([
      'content/pliki/logotypy/fundusze-europejskie-power.svg · pasek logotypów: [miejsce na oficjalny znak] – zastępczy znak; podmień plik na oficjalny pasek logotypów',
      'content/strony/o-projekcie.md · treść, wiersz 11: [DO UZUPEŁNIENIA: data]',
      'content/strony/o-projekcie.md · treść, wiersz 11: [DO UZUPEŁNIENIA: godzina]',
    ]);
  });

  it('lists a gap in an entry’s header field', () => {
    expect(gapsAfter({ 'ustawienia.yaml': filledSettings(), [STRIP]: officialStrip(), 'spotkania/liderzy.md': replace(/^organizator: .*$/m, 'organizator: "[DO UZUPEŁNIENIA: organizator]"') })).toEqual(['content/spotkania/liderzy.md · pole „organizator”: [DO UZUPEŁNIENIA: organizator]']);
  });

  it('ends a build with the count and list of gaps, or says there are none', () => {
    expect(withContent({ 'ustawienia.yaml': filledSettings(), 'strony/o-projekcie.md': append('Termin: [DO UZUPEŁNIENIA: data].') }, gapLines)).toEqual([
      '⚠ Do uzupełnienia przez redakcję: 2\u00A0pola do uzupełnienia („[DO UZUPEŁNIENIA…]”), widocznych w serwisie jako luki:',
      '  • content/pliki/logotypy/fundusze-europejskie-power.svg · pasek logotypów: [miejsce na oficjalny znak] – zastępczy znak; podmień plik na oficjalny pasek logotypów',
      '  • content/strony/o-projekcie.md · treść, wiersz 11: [DO UZUPEŁNIENIA: data]',
      '  Wersja do publikacji (npm run build:publikacja) nie powstanie, dopóki są takie pola.',
    ]);
    expect(withContent({ 'ustawienia.yaml': filledSettings(), [STRIP]: officialStrip() }, gapLines)).toEqual(['✓ Brak pól do uzupełnienia.']);
  });
});

describe('publication mode', () => {
  it('is on for PUBLIKACJA=1 (npm run build:publikacja) and off otherwise', () => {
    expect(isPublication({ PUBLIKACJA: '1' })).toBe(true);
    expect(isPublication({ PUBLIKACJA: 'tak' })).toBe(true);
    expect(isPublication({})).toBe(false);
    expect(isPublication({ PUBLIKACJA: '0' })).toBe(false);
  });

  it('refuses to build while gaps remain, listing them in Polish', () => {
    const edits = { 'ustawienia.yaml': filledSettings(), [STRIP]: officialStrip(), 'strony/o-projekcie.md': append('Termin: [DO UZUPEŁNIENIA: data].') };
    expect(withContent(edits, (c) => publicationRefusal(c, { PUBLIKACJA: '1' }))).toEqual([
      '✗ Tryb publikacji: treść zawiera 1\u00A0pole do uzupełnienia. Serwis nie został zbudowany, poprzednia wersja pozostała bez zmian.',
      '',
      '  ✗ content/strony/o-projekcie.md · treść, wiersz 11: [DO UZUPEŁNIENIA: data]',
      '',
      'Wpisz brakujące dane w miejsca „[DO UZUPEŁNIENIA…]” (a zastępczy pasek logotypów podmień na oficjalny); wersję roboczą z lukami buduje npm run build.',
    ]);
    expect(withContent(edits, (c) => publicationRefusal(c, {}))).toEqual([]);
  });

  it('is what the documented publication command runs', () => {
    const pkg = JSON.parse(readFileSync(join(FIXTURE, '../../../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build:publikacja']).toBe('PUBLIKACJA=1 node scripts/build.ts');
  });

  it('lets a complete site through', () => {
    expect(withContent({ 'ustawienia.yaml': filledSettings(), [STRIP]: officialStrip() }, (c) => publicationRefusal(c, { PUBLIKACJA: '1' }))).toEqual([]);
  });
});
