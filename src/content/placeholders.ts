/** Finds values editors still have to fill in (those starting with „[DO UZUPEŁNIENIA”). */
import { allEntries, type Content } from './entries.ts';
import { PLACEHOLDER_PREFIX } from './schemas/fields.ts';

/** True for a value the editor still has to supply. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PLACEHOLDER_PREFIX);
}

function walk(value: unknown, path: string, out: string[]): void {
  if (isPlaceholder(value)) out.push(`pole „${path}”: ${value}`);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path} → ${i + 1}. pozycja`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path} → ${k}` : k, out);
  }
}

/** „file · pole „x”: value” for every placeholder left in settings and front matter. */
export function placeholders(content: Content): string[] {
  const found = (file: string, data: unknown) => {
    const out: string[] = [];
    walk(data, '', out);
    return out.map((s) => `${file} · ${s}`);
  };
  return [
    ...found('content/ustawienia.yaml', content.settings),
    ...allEntries(content).flatMap((e) => found(e.file, e.data)),
  ];
}
