/** The images of tools, as the PDFs got them (src/images/prepare.ts), with the type and size a DOCX needs. */
import type { DocxImage } from './writer.ts';

/** Reads each prepared image's format and size; sharp is loaded here, after the build has set up its fonts. */
export async function docxImages(images: ReadonlyMap<string, Buffer>): Promise<Map<string, DocxImage>> {
  const sharp = (await import('sharp')).default;
  const out = new Map<string, DocxImage>();
  for (const [url, data] of images) {
    const meta = await sharp(data).metadata();
    out.set(url, { data, type: meta.format === 'jpeg' ? 'jpg' : 'png', width: meta.width ?? 1, height: meta.height ?? 1 });
  }
  return out;
}
