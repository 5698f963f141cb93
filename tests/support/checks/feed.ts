/**
 * Checks an Atom feed the way a feed reader would read it: parsed by a real
 * XML parser, then the elements RFC 4287 requires, with absolute addresses and
 * unique entry ids. Returns one problem per fault; an empty list means valid.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { BuiltPage } from '../../../scripts/lib/pages.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_HTTP = /^https?:\/\/[^/\s]+/;

/** An element with its namespace resolved. */
interface XmlElement {
  readonly local: string;
  readonly namespace: string | undefined;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

/** fast-xml-parser's `preserveOrder` shape: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function toElements(nodes: readonly OrderedNode[], scope: ReadonlyMap<string, string>): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
    if (!name) continue;
    const attrs = (node[':@'] ?? {}) as Record<string, string>;
    const inner = new Map(scope);
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'xmlns') inner.set('', value);
      else if (key.startsWith('xmlns:')) inner.set(key.slice(6), value);
    }
    const [prefix, local] = name.includes(':') ? name.split(':', 2) as [string, string] : ['', name];
    const children = node[name] as OrderedNode[];
    elements.push({
      local,
      namespace: inner.get(prefix),
      attrs,
      children: toElements(children, inner),
      text: children.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join(''),
    });
  }
  return elements;
}

const atomChildren = (el: XmlElement, local: string) => el.children.filter((c) => c.namespace === ATOM && c.local === local);
const atomChild = (el: XmlElement, local: string) => atomChildren(el, local)[0];

/** Problems with an Atom feed document; [] when a feed reader can use it. */
export function atomProblems(xml: string): string[] {
  // Upstream now points to a separate fast-xml-validator package for this; the bundled
  // validator still catches what matters here (a bare & or < in text, unclosed or
  // mismatched tags). It accepts several roots, which the count below reports.
  const validity = XMLValidator.validate(xml);
  if (validity !== true) return [`not well-formed XML: ${validity.err.msg} (line ${validity.err.line})`];
  const roots = toElements(parser.parse(xml) as OrderedNode[], new Map());
  if (roots.length !== 1) return [`${roots.length} root elements, expected one <feed>`];
  const feed = roots[0]!;
  if (feed.local !== 'feed' || feed.namespace !== ATOM) {
    return [`root element is <${feed.local}> in namespace ${feed.namespace ?? '(none)'}, expected <feed> in ${ATOM}`];
  }

  const problems: string[] = [];
  const requireText = (el: XmlElement, local: string, where: string) => {
    const value = atomChild(el, local)?.text.trim();
    if (!value) problems.push(`${where}: no <${local}>`);
    return value || undefined;
  };
  const requireAbsolute = (value: string | undefined, what: string) => {
    if (value !== undefined && !ABSOLUTE_HTTP.test(value)) problems.push(`${what} „${value}” is not an absolute http(s) address`);
  };
  const requireDate = (el: XmlElement, where: string) => {
    const value = requireText(el, 'updated', where);
    if (value !== undefined && !RFC3339.test(value)) problems.push(`${where}: <updated> „${value}” is not an RFC 3339 date`);
  };

  requireAbsolute(requireText(feed, 'id', 'feed'), 'feed <id>');
  requireText(feed, 'title', 'feed');
  requireDate(feed, 'feed');
  const links = atomChildren(feed, 'link');
  if (!links.some((l) => l.attrs['rel'] === 'self' && l.attrs['href'])) problems.push('feed: no <link rel="self">');
  for (const l of links) requireAbsolute(l.attrs['href'], `feed <link rel="${l.attrs['rel'] ?? 'alternate'}">`);
  for (const local of ['icon', 'logo']) requireAbsolute(atomChild(feed, local)?.text.trim(), `feed <${local}>`);

  const seen = new Set<string>();
  atomChildren(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = requireText(entry, 'id', where);
    requireAbsolute(id, `${where} <id>`);
    if (id !== undefined) {
      if (seen.has(id)) problems.push(`${where}: id „${id}” repeats an earlier entry`);
      seen.add(id);
    }
    requireText(entry, 'title', where);
    requireDate(entry, where);
    const entryLinks = atomChildren(entry, 'link');
    if (!entryLinks.some((l) => (l.attrs['rel'] ?? 'alternate') === 'alternate' && l.attrs['href'])) problems.push(`${where}: no <link rel="alternate">`);
    for (const l of entryLinks) requireAbsolute(l.attrs['href'], `${where} <link>`);
  });
  return problems;
}

/** The entries of a well-formed feed (id, title, alternate link, updated) in document order, for assertions. */
export function atomEntries(xml: string): { id: string; title: string; link: string; updated: string }[] {
  const [feed] = toElements(parser.parse(xml) as OrderedNode[], new Map());
  if (!feed) return [];
  return atomChildren(feed, 'entry').map((e) => ({
    id: atomChild(e, 'id')?.text.trim() ?? '',
    title: atomChild(e, 'title')?.text.trim() ?? '',
    link: atomChildren(e, 'link').find((l) => (l.attrs['rel'] ?? 'alternate') === 'alternate')?.attrs['href'] ?? '',
    updated: atomChild(e, 'updated')?.text.trim() ?? '',
  }));
}

/** Problems when the feed does not list each expected address exactly once, or lists others. */
export function entryCoverageProblems(xml: string, expected: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const e of atomEntries(xml)) counts.set(e.link, (counts.get(e.link) ?? 0) + 1);
  return [
    ...expected.flatMap((url) => {
      const n = counts.get(url) ?? 0;
      return n === 1 ? [] : [n === 0 ? `${url}: not in the feed` : `${url}: ${n} entries`];
    }),
    ...[...counts.keys()].filter((url) => !expected.includes(url)).map((url) => `${url}: in the feed but not expected`),
  ];
}

/** Pages whose head does not advertise the feed served at `feedUrlPath` (the site path with the base). */
export function feedLinkProblems(pages: readonly BuiltPage[], feedUrlPath: string, origin = 'http://site.test'): string[] {
  return pages.flatMap((page) => {
    const links = page.dom.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]');
    if (links.length !== 1) return [`${page.url}: ${links.length} Atom feed links in <head>, expected 1`];
    const href = links[0]!.getAttribute('href') ?? '';
    const target = new URL(href, origin + page.url);
    if (target.origin !== origin || target.pathname !== feedUrlPath) return [`${page.url}: feed link „${href}” does not lead to ${feedUrlPath}`];
    if (!links[0]!.getAttribute('title')?.trim()) return [`${page.url}: feed link has no title`];
    return [];
  });
}
