/**
 * One content schema as fields of the editors' form (Sveltia CMS). The zod
 * schema is read through its JSON Schema (`z.toJSONSchema`), which carries the
 * Polish label and hint of every field (`.meta({ title, description })` next to
 * the field) and the form hints `format: 'date'`, `multiline` and `reference`.
 * A schema shape the form has no widget for is collected by its path, never
 * dropped: the caller refuses to build a form that would lose a field.
 */
import type { Field, SelectField } from '@sveltia/cms';
import { z } from 'zod';
import { MUNICIPALITY_TYPES } from '../domain/municipalities.ts';
import { ADDRESSEES, AREAS, SECTORS, STAGES, TIERS, type Term } from '../domain/vocabulary.ts';

/** The part of JSON Schema that zod writes for the content schemas. */
export interface JsonSchema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly title?: string;
  readonly description?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  /** Form hint: several lines of text (a text area). */
  readonly multiline?: boolean;
  /** Form hint: the path of another entry (`narzedzia/…`). */
  readonly reference?: boolean;
}

/** An entry another entry may point to: its path (`narzedzia/plan-wsparcia`) and how the form names it. */
export interface ReferenceOption {
  readonly value: string;
  readonly label: string;
}

/** A field the form shows in another shape than the schema has, and why. */
export interface Approximation {
  /** `spotkanie → data`. */
  readonly field: string;
  /** What the form does instead (Polish, for the README and the closing note). */
  readonly as: string;
}

/** What mapping one schema gathers besides the fields. */
export interface MappingNotes {
  /** Fields with no widget: `kind → field (wartość typu array)`. */
  readonly unmapped: string[];
  readonly approximations: Approximation[];
}

/** The JSON Schema of a zod schema as the editor writes it (input: defaults make fields optional). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Controlled lists whose ids become choices with their Polish labels. */
const VOCABULARIES: readonly (readonly Term[])[] = [
  AREAS,
  ADDRESSEES,
  STAGES,
  TIERS,
  SECTORS,
  MUNICIPALITY_TYPES.map((t) => ({ id: t.id, label: t.singular })),
];

/** Choices for an enum: labelled from the vocabulary with exactly these ids, else the values themselves. */
function options(values: readonly unknown[]): SelectField['options'] {
  const strings = values.map(String);
  const list = VOCABULARIES.find((v) => v.length === strings.length && v.every((t) => strings.includes(t.id)));
  if (!list) return strings;
  return strings.map((value) => ({ value, label: list.find((t) => t.id === value)!.label }));
}

const at = (path: readonly string[]) => path.join(' → ');

/** The form fields of an object schema, in the schema's key order (which is the order written to the file). */
export function formFields(
  schema: JsonSchema,
  path: readonly string[],
  references: readonly ReferenceOption[],
  notes: MappingNotes,
): Field[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    formField(name, property, schema.required?.includes(name) ?? false, [...path, name], references, notes),
  );
}

function formField(
  name: string,
  schema: JsonSchema,
  required: boolean,
  path: readonly string[],
  references: readonly ReferenceOption[],
  notes: MappingNotes,
): Field {
  const base = {
    name,
    label: schema.title ?? name,
    ...(schema.description ? { hint: schema.description } : {}),
    ...(required ? {} : { required: false }),
  };
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    const key = discriminator(variants);
    if (key) {
      return {
        ...base,
        widget: 'object',
        typeKey: key,
        types: variants.map((v) => {
          const tag = v.properties![key]!;
          const rest = { ...v, properties: Object.fromEntries(Object.entries(v.properties!).filter(([k]) => k !== key)) };
          const fields = formFields(rest, path, references, notes);
          // A variant with no fields besides its tag (`rodzaj: nieznana`) stores the tag alone.
          return { name: String(tag.const), label: tag.title ?? String(tag.const), widget: 'object' as const, ...(fields.length > 0 ? { fields } : {}) };
        }),
      };
    }
    if (variants.every((v) => v.type === 'string')) {
      notes.approximations.push({ field: at(path), as: 'pole tekstowe z podpowiedzią: schemat dopuszcza kilka postaci wartości, które sprawdza npm run check' });
      return { ...base, widget: 'string' };
    }
  }
  switch (schema.type) {
    case 'string':
      return stringField(base, schema, path, references, notes);
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: schema.type === 'integer' ? 'int' : 'float',
        ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? { max: schema.maximum } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'object':
      if (schema.properties) return { ...base, widget: 'object', fields: formFields(schema, path, references, notes) };
      break;
    case 'array': {
      const item = schema.items;
      const min = schema.minItems ? { min: schema.minItems } : {};
      if (item?.enum) return { ...base, widget: 'select', multiple: true, ...min, options: options(item.enum) };
      if (item?.reference) {
        notes.approximations.push({ field: at(path), as: 'wybór z listy wpisów (wartości z treści w chwili budowania albo podglądu) zamiast pola relacji: odwołanie może wskazywać wpisy kilku rodzajów, a pole relacji Sveltia – jednego' });
        return { ...base, widget: 'select', multiple: true, ...min, options: referenceOptions(item, references) };
      }
      if (item?.type === 'object' && item.properties) return { ...base, widget: 'list', ...min, fields: formFields(item, path, references, notes) };
      if (item?.type === 'string' && !item.enum) {
        return { ...base, widget: 'list', ...min, field: stringField({ name: 'pozycja', label: item.title ?? base.label }, item, [...path, 'pozycja'], references, notes) };
      }
      break;
    }
  }
  notes.unmapped.push(`${at(path)} (wartość typu ${schema.type ?? Object.keys(schema).join('/')})`);
  return { ...base, widget: 'string' };
}

function stringField(
  base: { name: string; label: string; hint?: string; required?: boolean },
  schema: JsonSchema,
  path: readonly string[],
  references: readonly ReferenceOption[],
  notes: MappingNotes,
): Field {
  if (schema.enum) return { ...base, widget: 'select', options: options(schema.enum) };
  if (schema.format === 'date') return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (schema.reference) {
    notes.approximations.push({ field: at(path), as: 'wybór z listy wpisów zamiast pola relacji' });
    return { ...base, widget: 'select', options: referenceOptions(schema, references) };
  }
  const checks = {
    ...(schema.pattern ? { pattern: [schema.pattern, `Wartość ma niewłaściwą postać.${base.hint ? ` ${base.hint}` : ''}`] as [string, string] } : {}),
    ...(schema.maxLength !== undefined ? { maxlength: schema.maxLength } : {}),
  };
  return schema.multiline ? { ...base, widget: 'text', ...checks } : { ...base, widget: 'string', ...checks };
}

/** The entries a reference may name: those whose path the reference's pattern accepts. */
function referenceOptions(schema: JsonSchema, references: readonly ReferenceOption[]): SelectField['options'] {
  const accepts = schema.pattern ? new RegExp(schema.pattern) : undefined;
  return references.filter((r) => !accepts || accepts.test(r.value)).map((r) => ({ value: r.value, label: r.label }));
}

/** The property every variant fixes to a constant (`rodzaj`), if there is one. */
function discriminator(variants: readonly JsonSchema[]): string | undefined {
  const first = variants[0]?.properties;
  if (!first) return undefined;
  return Object.keys(first).find((key) => variants.every((v) => v.type === 'object' && v.properties?.[key]?.const !== undefined));
}
