/**
 * The Open Graph and Twitter meta tags of a page, written by the layout and
 * read back from the built HTML by the share-cards integration. Writer and
 * reader live together so the card's spec survives the round trip: the
 * integration rebuilds it from the tags alone and checks the image name.
 */
import { decodeHTMLAttribute } from 'entities';
import { contentKind, type ContentKindId } from '../content/kinds.ts';
import { municipalityType, sortMunicipalityTypes, type MunicipalityTypeId } from '../domain/municipalities.ts';
import { FACETS } from '../content/facets.ts';
import { absoluteUrl } from '../content/urls.ts';
import { CARD_SIZE, cardKey, cardPath, labelAndTitle, type CardSpec } from './spec.ts';

/** The page a card is for. */
export interface SharePage {
  readonly title: string;
  readonly description: string;
  /** Site path without the deployment base („/modele/gminy-wiejskie/”). */
  readonly path: string;
  readonly kind?: ContentKindId | undefined;
  readonly types?: readonly MunicipalityTypeId[] | undefined;
}

/** What every card of a site shares. */
export interface ShareSite {
  readonly name: string;
  /** settings → serwis.adres, possibly with a sub-path. */
  readonly address: string;
  /** Fingerprint of the logo strip file. */
  readonly strip: string;
}

export type MetaTag = { readonly property: string; readonly content: string } | { readonly name: string; readonly content: string };

/** The labels Slack and X show under a link, the same words as the search filters. */
const facetLabel = (key: 'rodzaj' | 'typ') => FACETS.find((f) => f.key === key)!.label;
export const KIND_LABEL = facetLabel('rodzaj');
export const TYPES_LABEL = facetLabel('typ');
const TYPES_SEPARATOR = ', ';

export function cardSpecOf(page: SharePage, site: ShareSite): CardSpec {
  return {
    title: page.title,
    kind: page.kind ? contentKind(page.kind).singular : '',
    types: sortMunicipalityTypes(page.types ?? []).map((t) => municipalityType(t).plural),
    site: site.name,
    strip: site.strip,
  };
}

/** The image's text alternative: what the card says, in reading order. */
export function cardAlt(spec: CardSpec): string {
  const { label, title } = labelAndTitle(spec);
  const capitalised = label.charAt(0).toLocaleUpperCase('pl') + label.slice(1);
  return [capitalised, title, spec.types.join(TYPES_SEPARATOR), spec.site].filter(Boolean).join(' · ');
}

/** Open Graph (property=) and Twitter (name=) tags, few on purpose: every page has a 14 KB budget. */
export function shareMetaTags(page: SharePage, site: ShareSite): MetaTag[] {
  const spec = cardSpecOf(page, site);
  const labels: [string, string][] = [];
  if (spec.kind) labels.push([KIND_LABEL, spec.kind]);
  if (spec.types.length > 0) labels.push([TYPES_LABEL, spec.types.join(TYPES_SEPARATOR)]);
  return [
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: site.name },
    { property: 'og:locale', content: 'pl_PL' },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: absoluteUrl(site.address, page.path) },
    { property: 'og:image', content: absoluteUrl(site.address, cardPath(cardKey(spec))) },
    { property: 'og:image:width', content: String(CARD_SIZE.width) },
    { property: 'og:image:height', content: String(CARD_SIZE.height) },
    { property: 'og:image:alt', content: cardAlt(spec) },
    { name: 'twitter:card', content: 'summary_large_image' },
    ...labels.flatMap(([label, data], i) => [
      { name: `twitter:label${i + 1}`, content: label },
      { name: `twitter:data${i + 1}`, content: data },
    ]),
  ];
}

/** The meta tags in a page's <head>, by property or name; values decoded. */
export function readMetaTags(html: string): Map<string, string> {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const tags = new Map<string, string>();
  // Astro escapes only & and " in attribute values: a „>” may stand inside quotes.
  for (const [tag] of head.matchAll(/<meta\s(?:[^>"]|"[^"]*")*>/gi)) {
    const attrs = new Map([...tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), decodeHTMLAttribute(m[2]!)]));
    const key = attrs.get('property') ?? attrs.get('name');
    const content = attrs.get('content');
    if (key && content !== undefined && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** The card a page's tags describe, and the image URL they name; undefined for a page without og:image. */
export function cardOfPage(html: string, strip: string): { spec: CardSpec; image: string } | undefined {
  const tags = readMetaTags(html);
  const image = tags.get('og:image');
  if (image === undefined) return undefined;
  const labelled = new Map<string, string>();
  for (let i = 1; tags.has(`twitter:label${i}`); i++) labelled.set(tags.get(`twitter:label${i}`)!, tags.get(`twitter:data${i}`) ?? '');
  const kind = labelled.get(KIND_LABEL) ?? '';
  const types = labelled.get(TYPES_LABEL);
  return {
    image,
    spec: {
      title: tags.get('og:title') ?? '',
      kind,
      types: types ? types.split(TYPES_SEPARATOR) : [],
      site: tags.get('og:site_name') ?? '',
      strip,
    },
  };
}
