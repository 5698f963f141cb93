/**
 * Reads a DOCX back: unzips it (fflate) and parses its XML parts with a real
 * XML parser (fast-xml-parser), into a small element tree the tests walk.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Text content of a text node (name „#text”). */
  readonly text?: string;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false });

type Parsed = Record<string, unknown> & { ':@'?: Record<string, string> };

function convert(nodes: readonly Parsed[]): XmlElement[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name) return [];
    if (name === '#text') return [{ name, attrs: {}, children: [], text: String(node[name]) }];
    if (name.startsWith('?')) return [];
    return [{ name, attrs: node[':@'] ?? {}, children: convert(node[name] as Parsed[]) }];
  });
}

/** The root element of an XML document. */
export function parseXml(xml: string): XmlElement {
  return { name: '#document', attrs: {}, children: convert(parser.parse(xml) as Parsed[]) };
}

/** Every element named `name` under `el`, in document order. */
export function all(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The first element named `name` under `el`. */
export function first(el: XmlElement, name: string): XmlElement | undefined {
  return all(el, name)[0];
}

/** The text a reader sees in `el`: w:t text, tabs as „\t”, breaks as „\n”. */
export function textOf(el: XmlElement): string {
  if (el.name === '#text') return el.text ?? '';
  if (el.name === 'w:tab' || el.name === 'w:br') return el.name === 'w:tab' ? '\t' : '\n';
  if (el.name === 'w:pPr' || el.name === 'w:rPr' || el.name === 'w:sdtPr' || el.name === 'w:tabs') return '';
  return el.children.map(textOf).join('');
}

/** The paragraph style id of a w:p, if any. */
export function styleOf(p: XmlElement): string | undefined {
  return first(p, 'w:pStyle')?.attrs['w:val'];
}

export interface Docx {
  readonly parts: Readonly<Record<string, string>>;
  readonly document: XmlElement;
  readonly styles: XmlElement;
  readonly core: XmlElement;
  /** The XML of a part, parsed. */
  part(name: string): XmlElement;
}

export function readDocx(fileOrBytes: string | Uint8Array): Docx {
  const bytes = typeof fileOrBytes === 'string' ? new Uint8Array(readFileSync(fileOrBytes)) : fileOrBytes;
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(files).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([n, b]) => [n, strFromU8(b)]));
  const part = (name: string) => {
    const xml = parts[name];
    if (xml === undefined) throw new Error(`no part ${name} in the DOCX`);
    return parseXml(xml);
  };
  return { parts, document: part('word/document.xml'), styles: part('word/styles.xml'), core: part('docProps/core.xml'), part };
}

/** The core property `name` (dc:title, dc:language, dc:creator…). */
export function coreProperty(docx: Docx, name: string): string | undefined {
  const el = first(docx.core, name);
  return el ? textOf(el) : undefined;
}

/** The header part a section uses for `type` (first, default), parsed. */
export function headerPart(docx: Docx, type: 'first' | 'default'): XmlElement | undefined {
  const ref = all(docx.document, 'w:headerReference').find((r) => r.attrs['w:type'] === type);
  if (!ref) return undefined;
  const rels = parseXml(docx.parts['word/_rels/document.xml.rels']!);
  const target = all(rels, 'Relationship').find((r) => r.attrs.Id === ref.attrs['r:id'])?.attrs.Target;
  return target ? docx.part(`word/${target}`) : undefined;
}

/** The ZIP's local file headers: each entry's name and its DOS date and time fields. */
export function zipTimes(bytes: Uint8Array): { name: string; time: number; date: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { name: string; time: number; date: number }[] = [];
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50) {
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    out.push({ name: strFromU8(bytes.subarray(at + 30, at + 30 + nameLength)), time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true) });
    at += 30 + nameLength + extra + compressed;
  }
  return out;
}
