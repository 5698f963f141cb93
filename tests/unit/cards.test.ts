import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_LAYOUT, CARD_TEXT_ON, cardSvg, layoutTitle } from '../../src/cards/design.ts';
import { shareMetaTags, type SharePage, type ShareSite } from '../../src/cards/meta.ts';
import { CARD_PNG } from '../../src/cards/render.ts';
import { collectCards } from '../../src/cards/meta.ts';
import { CARD_DESIGN_VERSION, cardKey, labelAndTitle, type CardSpec } from '../../src/cards/spec.ts';
import { textWidth } from '../../src/graphics/text.ts';
import { useBundledFontsForSvg } from '../../src/graphics/fonts.ts';
import { NBSP } from '../../src/typography/text.ts';
import { inkOverlap, outlineSvg, renderInChild, textSvg } from '../support/glyphs.ts';

useBundledFontsForSvg();
const sharp = (await import('sharp')).default;

const SPEC: CardSpec = {
  title: 'Model Kooperacji dla gmin wiejskich',
  kind: 'model',
  types: ['gminy wiejskie'],
  site: 'Projekt – Kooperacje 3D',
  strip: 'abcdef012345',
};
const STRIP = { href: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA2NDAgNzIiLz4=', ratio: 640 / 72 };
const LONG_TITLE =
  'Regionalny ośrodek polityki społecznej upowszechnia modele przez spotkania edukacyjne, webinaria, szkolenia i filmy z dobrymi praktykami w gminach i powiatach';
const TEXT_WIDTH = 1200 - 2 * 80;

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The title lines of a card SVG: bold text in the title's colour, with their font size. */
function titleLines(svg: string): { size: number; text: string }[] {
  return [...svg.matchAll(/<text [^>]*font-size="([\d.]+)" font-weight="700" fill="#1b1b1b">([^<]*)<\/text>/g)].map((m) => ({ size: Number(m[1]), text: unescape(m[2]!) }));
}

/** Words of `title` the card does not show, in order; [] when every word is there. */
function missingWords(title: string, svg: string): string[] {
  const shown = titleLines(svg).map((l) => l.text).join(' ').split(/[ \u00A0]+/);
  const missing: string[] = [];
  let at = 0;
  for (const word of title.split(' ')) {
    const found = shown.indexOf(word, at);
    if (found < 0) missing.push(word);
    else at = found + 1;
  }
  return missing;
}

/** The vertical extent of each text line above the foot band: in Noto Sans „Ś” reaches 0.944 em up, „ą” and „j” 0.24 em down. */
function textBoxes(svg: string): { top: number; bottom: number }[] {
  return [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" font-size="([\d.]+)"[^>]*fill="(#[0-9a-f]{6})"/g)]
    .filter((m) => m[3] !== '#ffffff')
    .map((m) => ({ top: Number(m[1]) - Number(m[2]) * 0.95, bottom: Number(m[1]) + Number(m[2]) * 0.24 }));
}

/** Lines that overlap the one before or leave the area between the rule and the foot band. */
function layoutProblems(boxes: { top: number; bottom: number }[]): string[] {
  const { top, bottom } = CARD_LAYOUT.content;
  return boxes.flatMap((b, i) => [
    ...(i > 0 && b.top < boxes[i - 1]!.bottom ? [`line ${i + 1} (${b.top}–${b.bottom}) overlaps the line above (ends ${boxes[i - 1]!.bottom})`] : []),
    ...(b.top < top || b.bottom > bottom ? [`line ${i + 1} (${b.top}–${b.bottom}) leaves the text area (${top}–${bottom})`] : []),
  ]);
}

/** Title lines wider than the text column. */
const overflowing = (lines: { size: number; text: string }[]) => lines.filter((l) => textWidth(l.text, l.size, 'bold') > TEXT_WIDTH + 0.5);

describe('card key', () => {
  it('is the same 16 hex digits for the same spec', () => {
    expect(cardKey(SPEC)).toMatch(/^[0-9a-f]{16}$/);
    expect(cardKey({ ...SPEC, types: [...SPEC.types] })).toBe(cardKey(SPEC));
  });

  it('changes when the title, kind, types, site name, logo strip or design version change', () => {
    const key = cardKey(SPEC);
    const changed = [
      cardKey({ ...SPEC, title: `${SPEC.title}.` }),
      cardKey({ ...SPEC, kind: 'rekomendacja' }),
      cardKey({ ...SPEC, types: ['gminy wiejskie', 'gminy miejskie'] }),
      cardKey({ ...SPEC, types: [] }),
      cardKey({ ...SPEC, site: 'Inny serwis' }),
      cardKey({ ...SPEC, strip: '000000000000' }),
      cardKey(SPEC, CARD_DESIGN_VERSION + 1),
    ];
    for (const k of changed) expect(k).not.toBe(key);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('does not mistake a title ending in a kind for a different split of the same words', () => {
    expect(cardKey({ ...SPEC, title: 'A', kind: 'B C' })).not.toBe(cardKey({ ...SPEC, title: 'A B', kind: 'C' }));
  });
});

describe('card label', () => {
  it('moves „Rekomendacja 20:” from the title into the label', () => {
    expect(labelAndTitle({ kind: 'rekomendacja', title: 'Rekomendacja 20: Ośrodek zwołuje spotkanie' })).toEqual({ label: 'Rekomendacja 20', title: 'Ośrodek zwołuje spotkanie' });
  });

  it('leaves a title that only starts with the kind’s word as it is', () => {
    expect(labelAndTitle({ kind: 'model', title: 'Model Kooperacji dla gmin wiejskich' })).toEqual({ label: 'model', title: 'Model Kooperacji dla gmin wiejskich' });
    expect(labelAndTitle({ kind: '', title: 'Rekomendacja 2: x' })).toEqual({ label: '', title: 'Rekomendacja 2: x' });
  });
});

describe('card design', () => {
  it('shows every word of a long title, in order, at a smaller size than a short one, within the text column', () => {
    const short = titleLines(cardSvg(SPEC, STRIP));
    const svg = cardSvg({ ...SPEC, title: LONG_TITLE }, STRIP);
    const long = titleLines(svg);
    expect(missingWords(LONG_TITLE, svg)).toEqual([]);
    expect(long.length).toBeGreaterThan(2);
    expect(long[0]!.size).toBeLessThan(short[0]!.size);
    expect(overflowing(long)).toEqual([]);
    expect(svg).not.toContain('…');
  });

  it('the word check reports a word the card dropped', () => {
    const svg = cardSvg({ ...SPEC, title: LONG_TITLE }, STRIP).replace('webinaria,', '');
    expect(missingWords(LONG_TITLE, svg)).toEqual(['webinaria,']);
  });

  it('the width check reports a line wider than the text column', () => {
    expect(overflowing([{ size: 64, text: LONG_TITLE }])).toHaveLength(1);
  });

  it('binds one-letter words to the next word before wrapping', () => {
    const lines = titleLines(cardSvg({ ...SPEC, title: LONG_TITLE }, STRIP)).map((l) => l.text);
    expect(lines.join('\n')).toContain(`i${NBSP}filmy`);
    expect(lines.join('\n')).toContain(`z${NBSP}dobrymi`);
    for (const line of lines) expect(line).not.toMatch(/(^|\s)[aiouwz]$/i);
  });

  it('ends a title too long even for the smallest size with an ellipsis', () => {
    const title = Array.from({ length: 60 }, (_, i) => `słowo${i}`).join(' ');
    const lines = titleLines(cardSvg({ ...SPEC, title }, STRIP));
    expect(lines.every((l) => l.size === CARD_LAYOUT.title.sizes.at(-1))).toBe(true);
    expect(lines.at(-1)!.text.endsWith('…')).toBe(true);
    expect(overflowing(lines)).toEqual([]);
  });

  it.each([
    ['a short title without kind or types', { kind: '', types: [] }],
    ['a model', {}],
    ['a long title with three types', { title: LONG_TITLE, types: ['gminy wiejskie', 'gminy miejsko-wiejskie', 'gminy miejskie'] }],
    ['a title cut with an ellipsis', { title: Array.from({ length: 60 }, (_, i) => `słowo${i}`).join(' ') }],
  ])('keeps the label, title and types of %s apart and between the rule and the foot band', (_name, change) => {
    expect(layoutProblems(textBoxes(cardSvg({ ...SPEC, ...change }, STRIP)))).toEqual([]);
  });

  it('the layout check reports lines that overlap or leave the text area', () => {
    expect(layoutProblems([{ top: 200, bottom: 260 }, { top: 250, bottom: 300 }, { top: 500, bottom: 530 }])).toEqual([
      'line 2 (250–300) overlaps the line above (ends 260)',
      `line 3 (500–530) leaves the text area (${CARD_LAYOUT.content.top}–${CARD_LAYOUT.content.bottom})`,
    ]);
  });

  it('cuts a single word wider than the line instead of letting it run off the card', () => {
    const laid = layoutTitle('Konstantynopolitańczykowianeczka'.repeat(4), TEXT_WIDTH, 200);
    expect(laid.truncated).toBe(true);
    expect(overflowing(laid.lines.map((text) => ({ size: laid.size, text })))).toEqual([]);
  });

  it('escapes XML special characters, so sharp can read the SVG', async () => {
    const svg = cardSvg({ ...SPEC, title: 'Tom & Jerry <b>"cytat"</b>', kind: 'a<b', types: ['x&y'], site: 'S & S' }, STRIP);
    expect(svg).not.toMatch(/<b>|& /);
    expect(svg).toContain('Tom &amp; Jerry &lt;b&gt;');
    await expect(sharp(Buffer.from(svg)).png().toBuffer()).resolves.toBeInstanceOf(Buffer);
  });

  it('an unescaped ampersand makes the SVG unreadable (what the escaping prevents)', async () => {
    const svg = cardSvg({ ...SPEC, title: 'Tom & Jerry' }, STRIP).replace('&amp;', '&');
    await expect(sharp(Buffer.from(svg)).png().toBuffer()).rejects.toThrow();
  });

  it('renders a 1200×630 palette PNG under 60 KB', async () => {
    const png = await sharp(Buffer.from(cardSvg({ ...SPEC, title: LONG_TITLE, types: ['gminy wiejskie', 'gminy miejsko-wiejskie', 'gminy miejskie'] }, STRIP)))
      .png(CARD_PNG)
      .toBuffer();
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', 1200, 630, true]);
    expect(png.length).toBeLessThan(60 * 1024);
  });
});

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('card colours', () => {
  it('give every text on the card at least the 4.5:1 contrast of WCAG AA', () => {
    const failing = CARD_TEXT_ON.filter(([, fg, bg]) => contrast(fg, bg) < 4.5).map(([what]) => what);
    expect(failing).toEqual([]);
  });

  it('the contrast check rejects grey text that falls just short', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('Polish letters on cards', () => {
  const POLISH = 'ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ';
  const projectSetup = (() => {
    const env = { ...process.env };
    delete env.FONTCONFIG_FILE;
    return env;
  })();
  const expectedOutlines = () => sharp(Buffer.from(outlineSvg(POLISH))).png().toBuffer();

  it('are drawn with the glyphs of Noto Sans from npm', async () => {
    const drawn = renderInChild(textSvg(POLISH), projectSetup);
    expect(await inkOverlap(drawn, await expectedOutlines())).toBeGreaterThan(0.97);
  });

  it('the check fails for boxes drawn for characters the font lacks', async () => {
    const lacking = '漢字仮名交じり文한국어조선말글자'.slice(0, [...POLISH].length);
    const drawn = renderInChild(textSvg(lacking), projectSetup);
    expect(await inkOverlap(drawn, await expectedOutlines())).toBeLessThan(0.5);
  });

  it('the check fails for the same letters without their diacritics', async () => {
    const drawn = renderInChild(textSvg('acelnoszz ACELNOSZZ'), projectSetup);
    expect(await inkOverlap(drawn, await expectedOutlines())).toBeLessThan(0.95);
  });

  it('the check fails when fontconfig finds no font at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koop-fc-'));
    const conf = join(dir, 'fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?>\n<fontconfig><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`);
    const drawn = renderInChild(textSvg(POLISH), { ...projectSetup, FONTCONFIG_FILE: conf });
    expect(await inkOverlap(drawn, await expectedOutlines())).toBeLessThan(0.5);
  });
});

describe('share meta tags', () => {
  const site: ShareSite = { name: 'Projekt – Kooperacje 3D', address: 'https://example.org/projekt-kooperacje-3d/', strip: 'abcdef012345' };
  const page = (over: Partial<SharePage> = {}): SharePage => ({ title: 'T', description: 'D', url: 'https://example.org/projekt-kooperacje-3d/modele/gminy-wiejskie/', types: [], ...over });

  it('give absolute URLs under the site’s address, with the sub-path', () => {
    const tags = new Map(shareMetaTags(page(), site).map((t) => ['property' in t ? t.property : t.name, t.content]));
    expect(tags.get('og:url')).toBe('https://example.org/projekt-kooperacje-3d/modele/gminy-wiejskie/');
    expect(tags.get('og:image')).toMatch(/^https:\/\/example\.org\/projekt-kooperacje-3d\/karty\/[0-9a-f]{16}\.png$/);
    expect(tags.get('og:locale')).toBe('pl_PL');
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    expect(tags.has('twitter:label1')).toBe(false);
  });

  it('label the kind and the municipality types for Slack and X, in Polish', () => {
    const tags = shareMetaTags(page({ kind: 'rekomendacja', types: ['miejska', 'wiejska'] }), site);
    expect(tags.filter((t) => 'name' in t && t.name.startsWith('twitter:')).map((t) => t.content)).toEqual([
      'summary_large_image',
      'Rodzaj treści',
      'rekomendacja',
      'Typ gminy',
      'gminy wiejskie, gminy miejskie',
    ]);
  });

  it('name the card the share-card step makes from the same description', () => {
    for (const p of [
      page({ title: 'Rekomendacja 3: „Cytat” & "cudzysłów" <b>', kind: 'rekomendacja', types: ['miejsko-wiejska'] }),
      page({ title: 'Modele Kooperacji' }),
      page({ title: 'Rekomendacje dla gmin miejskich', types: ['miejska'] }),
    ]) {
      const image = shareMetaTags(p, site).find((t) => 'property' in t && t.property === 'og:image')!.content;
      const [key] = collectCards([p], site).keys();
      expect(image).toBe(`https://example.org/projekt-kooperacje-3d/karty/${key}.png`);
    }
  });
});

describe('the cards module', () => {
  it('parses no HTML and reads no built page: cards come from page descriptions alone', () => {
    const dir = resolve(import.meta.dirname, '../../src');
    const sources = ['cards/meta.ts', 'cards/render.ts', 'cards/spec.ts', 'cards/design.ts', 'integrations/share-cards.ts'].map((f) => readFileSync(join(dir, f), 'utf8'));
    for (const source of sources) {
      expect(source).not.toMatch(/from '(entities|node-html-parser|jsdom|htmlparser2|parse5|linkedom)'/);
      expect(source).not.toMatch(/\.html['"`]|readdirSync/);
    }
  });
});
