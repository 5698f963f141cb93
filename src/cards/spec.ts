/**
 * What a share card (Open Graph / Twitter image) shows, and the key that
 * names its PNG. Pure: the page layout computes the key when it writes the
 * meta tags, and the build integration computes it again from those tags, so
 * a page and its image can never drift apart unnoticed.
 */
import { createHash } from 'node:crypto';

/** Bump when the card's look changes: every key, image URL and cached PNG changes with it. */
export const CARD_DESIGN_VERSION = 1;

/** The size Facebook, LinkedIn, Slack and X recommend for large link previews. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Folder of the cards in the built site: /karty/<key>.png. */
export const CARDS_DIR = 'karty';

export interface CardSpec {
  /** The page title, as in og:title. */
  readonly title: string;
  /** The content kind as readers see it („rekomendacja”); '' for the site's own pages. */
  readonly kind: string;
  /** Municipality types in the nominative plural („gminy wiejskie”), in domain order. */
  readonly types: readonly string[];
  /** The site's name, shown at the foot. */
  readonly site: string;
  /** Fingerprint of the EU logo strip file: a new strip (e.g. the official one) gives new cards and URLs. */
  readonly strip: string;
}

/** A short, stable name for the card: 16 hex digits of a SHA-256 over the spec and the design version. */
export function cardKey(spec: CardSpec, designVersion: number = CARD_DESIGN_VERSION): string {
  const canonical = JSON.stringify([designVersion, spec.title, spec.kind, [...spec.types], spec.site, spec.strip]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/**
 * The label and the title as shown. A title that opens with the kind and a
 * number („Rekomendacja 20: Regionalny ośrodek…”) gives that opening to the
 * label, so the card does not say „rekomendacja” twice.
 */
export function labelAndTitle(spec: Pick<CardSpec, 'title' | 'kind'>): { label: string; title: string } {
  if (spec.kind) {
    const kind = spec.kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const lead = new RegExp(`^(${kind} [^\\s:]{1,8}):\\s+(\\S[\\s\\S]*)$`, 'iu').exec(spec.title);
    if (lead) return { label: lead[1]!, title: lead[2]! };
  }
  return { label: spec.kind, title: spec.title };
}

/** Site path of a card's image: „/karty/0123456789abcdef.png”. */
export function cardPath(key: string): string {
  return `/${CARDS_DIR}/${key}.png`;
}

