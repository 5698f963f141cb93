/**
 * Makes a DOCX package reproducible: the same content gives the same bytes.
 * docx stamps the package with the clock (ZIP entry times, the creation and
 * change dates in docProps/core.xml) and names relationships with random ids;
 * here the dates become the edition date, the ids are numbered in the order
 * they appear, and docProps/core.xml gets the document's language.
 */
import { strToU8, strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';

const XML = /\.(xml|rels)$/;

/** Renames every relationship id docx drew at random (anything but rIdN) to rIdDN, in order of appearance. */
function numberRandomIds(files: Record<string, Uint8Array>, names: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith('.rels'))) {
    for (const [, id] of strFromU8(files[name]!).matchAll(/\sId="([^"]+)"/g)) {
      if (!/^rId\d+$/.test(id!) && !ids.has(id!)) ids.set(id!, `rIdD${ids.size + 1}`);
    }
  }
  return ids;
}

/** The core properties with fixed dates and the language (Dublin Core dc:language). */
function fixCore(xml: string, iso: string, language: string): string {
  const dated = xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
  return dated.includes('<dc:language>') ? dated : dated.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`);
}

/** The package rewritten with `date` as every time in it, numbered ids and `language` in its properties. */
export function reproducible(docx: Uint8Array, date: Date, language: string): Buffer {
  const files = unzipSync(docx);
  const names = Object.keys(files);
  const ids = numberRandomIds(files, names);
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // ZIP times are wall-clock times read in the machine's time zone: give them the date's UTC wall time, wherever the build runs.
  const wall = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
  const out: Zippable = {};
  for (const name of names) {
    let bytes = files[name]!;
    if (XML.test(name)) {
      let xml = strFromU8(bytes);
      for (const [random, fixed] of ids) xml = xml.replaceAll(`"${random}"`, `"${fixed}"`);
      if (name === 'docProps/core.xml') xml = fixCore(xml, iso, language);
      bytes = strToU8(xml);
    }
    out[name] = [bytes, { mtime: wall, level: 9 }];
  }
  return Buffer.from(zipSync(out));
}
