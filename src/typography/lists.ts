/** Polish enumerations in running text. */

/** „a”, „a i b”, „a, b i c”. */
export function listPhrase(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} i ${items.at(-1)}`;
}
