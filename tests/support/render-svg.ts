/**
 * Reads an SVG on stdin and writes it as PNG to stdout, with the project's
 * font setup (a no-op when FONTCONFIG_FILE is already set, which is how the
 * glyph tests plant a broken fontconfig).
 */
import { readFileSync } from 'node:fs';
import { useBundledFontsForSvg } from '../../src/graphics/fonts.ts';

useBundledFontsForSvg();
const sharp = (await import('sharp')).default;
process.stdout.write(await sharp(readFileSync(0)).png().toBuffer());
