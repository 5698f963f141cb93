import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSS_COLOURS, PALETTE } from '../../src/graphics/palette.ts';
import { PALETTE_MARKER, withPalette } from '../../src/integrations/palette.ts';

const SRC = join(import.meta.dirname, '../../src');
const STYLESHEET = readFileSync(join(SRC, 'styles/site.css'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|css|astro)$/.test(name) ? [path] : [];
  });
}

describe('one palette for the site, the PDFs, the cards and the diagrams', () => {
  it('writes every colour property of the stylesheet into its :root from the palette, white in its short form', () => {
    const css = withPalette(STYLESHEET);
    const root = /:root \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(root).toContain('  --tekst: #1b1b1b;\n  --tlo: #fff;\n  --szary: #4a4a4a;');
    for (const [property, colour] of CSS_COLOURS) expect(root).toContain(`${property}: ${PALETTE[colour].replace('#ffffff', '#fff')};`);
    expect(css).not.toContain(PALETTE_MARKER);
  });

  it('defines every colour property the stylesheet uses', () => {
    const defined = new Set(CSS_COLOURS.map(([property]) => property));
    const used = new Set([...STYLESHEET.matchAll(/var\((--[a-z-]+)\)/g)].map((m) => m[1]));
    for (const property of used) if (property !== '--szer') expect(defined, property).toContain(property);
  });

  it('refuses a stylesheet without the palette line, naming the file', () => {
    expect(() => withPalette(':root { --szer: 72rem; }', 'src/styles/site.css')).toThrow(
      'src/styles/site.css has no „/* palette */” line in :root, where the colours of src/graphics/palette.ts belong',
    );
  });

  it('keeps every palette colour other than white out of the other source files', () => {
    const colours = Object.values(PALETTE).filter((c) => c !== '#ffffff');
    const copies = sourceFiles(SRC)
      .filter((file) => !file.endsWith(join('graphics', 'palette.ts')))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8').toLowerCase();
        return colours.filter((c) => text.includes(c)).map((c) => `${file.slice(SRC.length + 1)}: ${c}`);
      });
    expect(copies).toEqual([]);
  });
});
