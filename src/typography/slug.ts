/** URL fragments from Polish text: „Jak działa model?” → „jak-dziala-model”. */

/** The address rule for file names and `slug`: small letters without Polish ones, digits, single hyphens. */
export const SLUG_RULE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const FOLD: Record<string, string> = { ł: 'l', Ł: 'l' };

export function slugify(text: string): string {
  return text
    .replace(/[łŁ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
