/**
 * Reads the content schemas by path, for messages that need to know more than
 * the failed check: which keys a strict object allows, which variant of a
 * union (a meeting's `forma`) a key belongs to, and whether a field may be
 * left out. Pure: no file is read.
 */
import type { z } from 'zod';

interface Def {
  readonly type?: string;
  readonly shape?: Record<string, unknown>;
  readonly element?: unknown;
  readonly options?: readonly unknown[];
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly schema?: unknown;
  readonly values?: readonly unknown[];
}

const defOf = (node: unknown): Def | undefined => (node as { def?: Def } | undefined)?.def;

/** Wrappers that keep the meaning of the schema inside them. */
const WRAPPERS = ['optional', 'default', 'nullable', 'pipe', 'readonly'];

/** The schema inside optional/default/pipe wrappers. */
export function unwrap(node: unknown): unknown {
  let n = node;
  while (WRAPPERS.includes(defOf(n)?.type ?? '')) {
    const def = defOf(n)!;
    n = def.innerType ?? def.in ?? def.schema;
  }
  return n;
}

/** True when the field may be left out: an optional field or one with a default (an optional list). */
export function isOptional(node: unknown): boolean {
  let n = node;
  while (WRAPPERS.includes(defOf(n)?.type ?? '')) {
    if (['optional', 'default'].includes(defOf(n)!.type!)) return true;
    const def = defOf(n)!;
    n = def.innerType ?? def.in ?? def.schema;
  }
  return false;
}

/** The fixed values (`rodzaj: online`) of an object schema, as „key: value”. */
function literalsOf(option: unknown): [string, unknown][] {
  const shape = defOf(unwrap(option))?.shape ?? {};
  return Object.entries(shape).flatMap(([k, s]) => {
    const def = defOf(s);
    return def?.type === 'literal' && def.values?.length === 1 ? [[k, def.values[0]] as [string, unknown]] : [];
  });
}

/** True when every literal field of the object schema `option` has its value in `input`. */
export function matchesLiterals(option: unknown, input: unknown): boolean {
  if (!input || typeof input !== 'object') return false;
  const literals = literalsOf(option);
  return literals.length > 0 && literals.every(([k, v]) => (input as Record<string, unknown>)[k] === v);
}

/** The option of a union of objects that `input` chooses by its fixed values, or the node itself when it is no such union. */
export function chosenOption(node: unknown, input: unknown): unknown {
  const n = unwrap(node);
  const options = defOf(n)?.options;
  if (!options) return n;
  return options.find((o) => matchesLiterals(o, input));
}

/** The schema of the value at `path` (keys and list positions) of `input`, following union variants by the data. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[], input?: unknown): unknown {
  let node: unknown = schema;
  let value = input;
  for (const key of path) {
    node = chosenOption(node, value);
    const def = defOf(node);
    if (typeof key === 'number' && def?.type === 'array') node = def.element;
    else if (def?.shape && typeof key === 'string') node = def.shape[key];
    else return undefined;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

/**
 * Lists the keys a strict object accepts at `path`, for „did you mean” hints.
 * For a union of objects (a meeting's `forma`) it is the option whose fixed
 * values (`rodzaj: online`) match `input`, the object at `path`.
 */
export function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[], input?: unknown): string[] {
  const node = schemaAt(schema, path);
  const shape = defOf(chosenOption(node, input))?.shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * When `key` is not allowed in the chosen variant of the union at `path` but
 * is a field of another one (a `platforma` left after switching a meeting to
 * `rodzaj: stacjonarna`), the fixed values of both variants as „rodzaj: online”.
 */
export function otherVariantOf(schema: z.ZodType, path: readonly PropertyKey[], input: unknown, key: string): { chosen: string; owner: string } | undefined {
  const options = defOf(unwrap(schemaAt(schema, path)))?.options;
  const chosen = options?.find((o) => matchesLiterals(o, input));
  const owner = options?.find((o) => o !== chosen && Object.hasOwn(defOf(unwrap(o))?.shape ?? {}, key) && literalsOf(o).every(([k]) => k !== key));
  if (!chosen || !owner) return undefined;
  const show = (o: unknown) => literalsOf(o).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  return { chosen: show(chosen), owner: show(owner) };
}
