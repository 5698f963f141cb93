/**
 * Checks of content files that need their bytes decoded, so that
 * `npm run check` refuses what the build would refuse: attachments that
 * pdf-lib cannot read (corrupt or encrypted PDFs) and images or the logo strip
 * that sharp cannot decode. The build runs the same checks before it starts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { allEntries, type Content } from '../../src/content/entries.ts';
import type { ContentProblem } from '../../src/content/problems.ts';
import { loadAttachments } from '../../src/toolkit/attachments.ts';
import { useBundledFontsForSvg } from '../../src/graphics/fonts.ts';

const notAnImage = (path: string) =>
  `plik content${path} nie jest poprawnym obrazem (jest uszkodzony albo ma inny format, niż wskazuje rozszerzenie); zapisz go ponownie jako PNG, JPEG albo SVG i podmień plik`;

/** Every problem with the bytes of attachments, images and the logo strip. */
export async function checkFiles(content: Content): Promise<ContentProblem[]> {
  const { problems } = await loadAttachments(content.dir, content.tools);
  useBundledFontsForSvg();
  const sharp = (await import('sharp')).default;
  const decodes = async (path: string) => {
    try {
      // A full decode at a small size: a header alone can look fine in a truncated file.
      await sharp(join(content.dir, path), { density: 72 }).resize({ width: 32 }).toBuffer();
      return true;
    } catch {
      return false;
    }
  };
  const strip = content.settings.logotypy.plik;
  if (existsSync(join(content.dir, strip)) && !(await decodes(strip))) {
    problems.push({ file: 'content/ustawienia.yaml', where: 'pole „logotypy → plik”', message: notAnImage(strip) });
  }
  const seen = new Map<string, boolean>();
  for (const e of allEntries(content)) {
    const images: { url: string; line: number }[] = [];
    visit(e.body, 'image', (n) => void images.push({ url: n.url, line: (n.position?.start.line ?? 1) + e.bodyLine - 1 }));
    for (const { url, line } of images) {
      if (!url.startsWith('/pliki/') || !existsSync(join(content.dir, url))) continue;
      if (!seen.has(url)) seen.set(url, await decodes(url));
      if (!seen.get(url)) problems.push({ file: e.file, where: `obraz „${url}” (treść, wiersz ${line})`, message: notAnImage(url) });
    }
  }
  return problems;
}
