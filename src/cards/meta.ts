/**
 * A page's share card and its Open Graph and Twitter meta tags, both from the
 * page's description (src/content/page-description.ts): the layout writes
 * the tags and the share-cards integration renders the cards from the same
 * descriptions, so a page and its image cannot drift apart.
 */
import { contentKind } from '../content/kinds.ts';
import { municipalityType, sortMunicipalityTypes } from '../domain/municipalities.ts';
import { FACETS } from '../content/facets.ts';
import type { PageDescription } from '../content/page-description.ts';
import { absoluteUrl } from '../content/urls.ts';
import { CARD_SIZE, cardKey, cardPath, labelAndTitle, type CardSpec } from './spec.ts';

/** What of a page's description its card and tags use. */
export type SharePage = Pick<PageDescription, 'title' | 'cardTitle' | 'description' | 'url' | 'kind' | 'types'>;

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

export function cardSpecOf(page: Pick<SharePage, 'title' | 'cardTitle' | 'kind' | 'types'>, site: Pick<ShareSite, 'name' | 'strip'>): CardSpec {
  return {
    title: page.cardTitle ?? page.title,
    kind: page.kind ? contentKind(page.kind).singular : '',
    types: sortMunicipalityTypes(page.types).map((t) => municipalityType(t).plural),
    site: site.name,
    strip: site.strip,
  };
}

/** The distinct cards of the pages, by key. */
export function collectCards(pages: readonly SharePage[], site: Pick<ShareSite, 'name' | 'strip'>): Map<string, CardSpec> {
  return new Map(pages.map((page) => cardSpecOf(page, site)).map((spec) => [cardKey(spec), spec]));
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
    { property: 'og:url', content: page.url },
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
