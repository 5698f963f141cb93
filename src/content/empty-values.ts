/**
 * Finds fields left empty in front matter and settings: `pole: ""`, a bare
 * `pole:` (YAML null) and empty list items. A web form (or an editor who
 * cleared a value) writes them for fields it has no value for; the schema
 * would call them wrong values of the field's type. An empty optional field
 * is refused with the fix „delete the line”: leaving it out is the one way to
 * say „no value”. Required fields are left to their schema, whose message has
 * an example. An empty optional list (`tematy: []`) is accepted: it means
 * exactly what leaving the field out means.
 */
import type { z } from 'zod';
import { chosenOption, isOptional } from './schema-paths.ts';

/** A field or list item with nothing in it, and the Polish „what; how to fix” for it. */
export interface EmptyValue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

const isEmpty = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

const defOf = (node: unknown) => (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } } | undefined)?.def;

/** Every empty optional field and every empty list item in `data`, read against `schema`. */
export function emptyValues(schema: z.ZodType, data: unknown): EmptyValue[] {
  const found: EmptyValue[] = [];
  walk(schema, data, [], found);
  return found;
}

function walk(node: unknown, value: unknown, path: PropertyKey[], found: EmptyValue[]): void {
  if (!value || typeof value !== 'object') return;
  const def = defOf(chosenOption(node, value));
  if (Array.isArray(value)) {
    if (def?.type !== 'array') return;
    value.forEach((item, i) => {
      if (isEmpty(item)) found.push({ path: [...path, i], message: 'pusta pozycja listy; wpisz ją albo usuń z listy' });
      else walk(def.element, item, [...path, i], found);
    });
    return;
  }
  const shape = def?.shape;
  if (!shape) return;
  for (const [key, inner] of Object.entries(value)) {
    const field = shape[key];
    // Unknown keys are the strict schema's to report.
    if (!field) continue;
    if (isEmpty(inner) && isOptional(field)) found.push({ path: [...path, key], message: emptyMessage(key, inner, field) });
    else walk(field, inner, [...path, key], found);
  }
}

function emptyMessage(key: string, value: unknown, field: unknown): string {
  const written = value === null ? `${key}:` : `${key}: ${JSON.stringify(value)}`;
  const fill = defOf(chosenOption(field, undefined))?.type === 'array' ? 'dopisz pozycje listy' : 'wpisz wartość';
  return `pole jest puste; usuń cały wiersz „${written}” (pole nie jest wymagane) albo ${fill}`;
}
