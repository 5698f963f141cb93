/**
 * Which PDFs the build produces and where they live on the site: one bundle
 * per municipality type (its tools by stage, then `kolejnosc`) and one PDF (and one DOCX) per tool.
 * Declared once here; the toolkit builder, the downloads page and the tests read it.
 */
import type { Content, Tool } from './entries.ts';
import { bundlePdfPath, bundleThumbnailPath, SITE_PATHS, toolPdfPath as pdfPathOf } from './routes.ts';
import { byBundleOrder } from './tool-order.ts';
import { MUNICIPALITY_TYPES, type MunicipalityType } from '../domain/municipalities.ts';

/** Folder of downloads under the site root. */
export const DOWNLOADS_DIR = SITE_PATHS.downloads.replace(/\//g, '');

export interface Bundle {
  readonly type: MunicipalityType;
  /** „Pakiet narzędzi dla gmin wiejskich”. */
  readonly title: string;
  /** Site path of the PDF: /do-pobrania/pakiet-narzedzi-gminy-wiejskie.pdf */
  readonly path: string;
  /** Site path of the cover thumbnail. */
  readonly thumbnail: string;
  /** Tools in bundle order. */
  readonly tools: readonly Tool[];
}

/** The bundle of every municipality type, in the declared order of types. */
export function bundlesOf(content: Content): Bundle[] {
  return MUNICIPALITY_TYPES.map((type) => ({
    type,
    title: `Pakiet narzędzi ${type.forPlural}`,
    path: bundlePdfPath(type.slug),
    thumbnail: bundleThumbnailPath(type.slug),
    tools: content.tools
      .filter((t) => t.data.typy_gmin.includes(type.id))
      .sort(byBundleOrder),
  }));
}

/** Site path of a tool's own PDF. */
export function toolPdfPath(tool: Tool): string {
  return pdfPathOf(tool.slug);
}

/** Site path of a tool's editable DOCX, next to its PDF. */
export function toolDocxPath(tool: Tool): string {
  return pdfPathOf(tool.slug).replace(/\.pdf$/, '.docx');
}
