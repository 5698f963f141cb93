/**
 * Puts the palette (src/graphics/palette.ts) into the stylesheet: a Vite
 * transform replaces the `/* palette *\/` line in src/styles/site.css with the
 * colour custom properties, in dev and in the build. The CSS stays one
 * stylesheet from the site's own origin, inlined into every page, and works
 * without JavaScript.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { cssColourProperties } from '../graphics/palette.ts';

/** The line of site.css the colour properties replace. */
export const PALETTE_MARKER = '  /* palette */';
const STYLESHEET = '/src/styles/site.css';

/** site.css with the palette in place of its marker; a stylesheet without the marker is a programming mistake. */
export function withPalette(css: string, file = STYLESHEET): string {
  const at = css.indexOf(PALETTE_MARKER);
  if (at < 0) throw new Error(`${file} has no „${PALETTE_MARKER.trim()}” line in :root, where the colours of src/graphics/palette.ts belong`);
  return css.slice(0, at) + cssColourProperties() + css.slice(at + PALETTE_MARKER.length);
}

function palettePlugin(): Plugin {
  return {
    name: 'kooperacje:palette-css',
    enforce: 'pre',
    transform(code, id) {
      if (!(id.split('?')[0] ?? '').endsWith(STYLESHEET)) return undefined;
      return { code: withPalette(code, id), map: null };
    },
  };
}

export default function palette(): AstroIntegration {
  return {
    name: 'kooperacje:palette',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [palettePlugin()] } });
      },
    },
  };
}
