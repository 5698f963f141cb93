/** URL fragments from Polish text: „Jak działa model?” → „jak-dziala-model”. */

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
