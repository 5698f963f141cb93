import { describe, expect, it, vi } from 'vitest';
import type * as fontkit from 'fontkit';
import { parsedFonts, SHAPED_WORDS, sharedShaping } from '../../src/graphics/fonts.ts';

/** A stand-in font whose `layout` counts its calls and returns a fresh run, as fontkit does. */
function countingFont() {
  const layout = vi.fn((text: string) => ({ glyphs: [{ id: text.length }], positions: [{ xAdvance: 10 * text.length, yAdvance: 0 }] }));
  return { font: sharedShaping({ layout } as unknown as fontkit.Font), layout };
}

describe('shaping shared by every document of the process', () => {
  it('shapes a word once, however many documents ask for it', () => {
    const { font, layout } = countingFont();
    font.layout('współpraca');
    font.layout('współpraca');
    font.layout('gmina');
    expect(layout).toHaveBeenCalledTimes(2);
  });

  it('gives each caller positions of its own, so pdfkit can scale them in place', () => {
    const { font } = countingFont();
    const first = font.layout('gmina');
    first.positions[0]!.xAdvance *= 1000;
    expect(font.layout('gmina').positions[0]!.xAdvance).toBe(50);
  });

  it('keeps at most SHAPED_WORDS words, so a huge site cannot fill the memory with them', () => {
    const { font, layout } = countingFont();
    for (let i = 0; i <= SHAPED_WORDS; i++) font.layout(`słowo${i}`);
    font.layout('słowo0');
    expect(layout).toHaveBeenCalledTimes(SHAPED_WORDS + 2);
  });

  it('passes a call with features straight to the font, uncached', () => {
    const { font, layout } = countingFont();
    font.layout('gmina', ['liga']);
    font.layout('gmina', ['liga']);
    expect(layout).toHaveBeenCalledTimes(2);
  });

  it('returns for Noto Sans the run fontkit shapes, with its width', () => {
    const regular = parsedFonts().regular;
    const run = regular.layout('Łódź i Kraśnik');
    expect(run.advanceWidth).toBeGreaterThan(0);
    expect(regular.layout('Łódź i Kraśnik').advanceWidth).toBe(run.advanceWidth);
    expect(run.glyphs.map((g) => g.codePoints).flat()).toEqual([...'Łódź i Kraśnik'].map((c) => c.codePointAt(0)));
  });
});
