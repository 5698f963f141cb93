/**
 * Noto Sans (SIL Open Font License) from npm: TTF files with every Polish glyph,
 * embedded and subset by pdfkit, and used by librsvg (through fontconfig) when
 * sharp draws the logo strip and cover thumbnails.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));

export const FONT_FILES = {
  regular: join(dir, '400Regular/NotoSans_400Regular.ttf'),
  bold: join(dir, '700Bold/NotoSans_700Bold.ttf'),
  italic: join(dir, '400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
  boldItalic: join(dir, '700Bold_Italic/NotoSans_700Bold_Italic.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;

let parsed: Record<FontName, fontkit.Font> | undefined;

/**
 * The fonts parsed once per process: parsing a TTF costs far more than laying
 * out a page, and pdfkit accepts a parsed font, subsetting it per document.
 */
export function parsedFonts(): Record<FontName, fontkit.Font> {
  parsed ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [name, sharedShaping(fontkit.create(readFileSync(file)) as fontkit.Font)]),
  ) as Record<FontName, fontkit.Font>;
  return parsed;
}

/** Most shaped words a font keeps; past it the cache starts again (a guard for very large sites, not a limit ever reached by the real content). */
export const SHAPED_WORDS = 50_000;

/**
 * Shaping a word (fontkit's `layout`: the font's substitution and positioning
 * lookups) is most of the PDF writer's time. pdfkit caches it per document
 * only, so every tool's own PDF shaped again the words the bundle had just
 * shaped. The parsed fonts are shared by every document of the process, so
 * the shaped words are kept with them: a plain call (a string, no features)
 * is shaped once. Each caller gets its own copy of the positions, because
 * pdfkit scales them in place; the glyphs are the font's own objects.
 */
export function sharedShaping(font: fontkit.Font): fontkit.Font {
  const layout = font.layout.bind(font);
  const runs = new Map<string, fontkit.GlyphRun>();
  const shaped = (text: string | fontkit.Glyph[], ...rest: unknown[]): fontkit.GlyphRun => {
    if (typeof text !== 'string' || rest.some((arg) => arg !== undefined)) return (layout as (...args: unknown[]) => fontkit.GlyphRun)(text, ...rest);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= SHAPED_WORDS) runs.clear();
      run = layout(text);
      runs.set(text, run);
    }
    const copy = Object.create(Object.getPrototypeOf(run) as object) as fontkit.GlyphRun;
    return Object.assign(copy, run, { positions: run.positions.map((p) => ({ ...p })) });
  };
  font.layout = shaped as fontkit.Font['layout'];
  return font;
}

/**
 * Points fontconfig at Noto Sans before sharp is loaded, so SVG text renders on
 * machines with no system fonts. Must run before the first `import('sharp')`.
 * The file lives in the project's cache (node_modules/.cache/kooperacje, or
 * KOOP_CACHE_DIR), never in a folder shared with other projects.
 */
export function useBundledFontsForSvg(): void {
  if (process.env.FONTCONFIG_FILE) return;
  const cache = process.env.KOOP_CACHE_DIR ? resolve(process.env.KOOP_CACHE_DIR) : join(dir, '..', '..', '.cache', 'kooperacje');
  const confDir = join(cache, 'fontconfig');
  mkdirSync(confDir, { recursive: true });
  const file = join(confDir, 'fonts.conf');
  const dirs = [...new Set(Object.values(FONT_FILES).map((f) => dirname(f)))];
  // Written under a temporary name and renamed: a parallel build never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(
    tmp,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}\n  <cachedir>${join(confDir, 'cache')}</cachedir>\n  <alias><family>sans-serif</family><prefer><family>Noto Sans</family></prefer></alias>\n</fontconfig>\n`,
  );
  renameSync(tmp, file);
  process.env.FONTCONFIG_FILE = file;
}
