import type { Field } from '@sveltia/cms';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UnmappedFieldsError, cmsConfig, type CmsOptions } from '../../src/cms/config.ts';
import { jsonSchemaOf, type JsonSchema } from '../../src/cms/fields.ts';
import { KINDS } from '../../src/content/kinds.ts';
import { settingsSchema } from '../../src/content/schemas/settings.ts';

const OPTIONS: CmsOptions = {
  backend: { name: 'github', repo: 'instytucja/serwis' },
  siteUrl: 'https://www.przyklad.pl/serwis/',
  references: [
    { value: 'narzedzia/plan', label: 'narzędzie: Plan' },
    { value: 'dobre-praktyki/kolno', label: 'dobra praktyka: Kolno' },
  ],
};

/** Every field path a JSON Schema holds, variants of a tagged union included (`forma → miejsce`). */
function schemaPaths(schema: JsonSchema, prefix: string[] = []): string[] {
  const item = schema.type === 'array' && schema.items?.type === 'object' ? schema.items : schema;
  const variants = item.oneOf ?? item.anyOf ?? [];
  const objects = [item, ...variants.filter((v) => v.type === 'object')];
  return objects.flatMap((o) =>
    Object.entries(o.properties ?? {}).flatMap(([name, p]) => [[...prefix, name].join(' → '), ...schemaPaths(p, [...prefix, name])]),
  );
}

/** Every field path a form holds; a variant's tag is the object's `typeKey`. */
function formPaths(fields: readonly Field[], prefix: string[] = []): string[] {
  return fields.flatMap((f) => {
    const here = [...prefix, f.name];
    const nested = 'fields' in f && f.fields ? formPaths(f.fields, here) : [];
    const variants = 'types' in f && f.types ? (f.types as { fields?: Field[] }[]) : undefined;
    const typed = variants && 'typeKey' in f ? [[...here, String(f.typeKey ?? 'type')].join(' → '), ...variants.flatMap((t) => formPaths(t.fields ?? [], here))] : [];
    return [here.join(' → '), ...nested, ...typed];
  });
}

function untitled(schema: JsonSchema, prefix: string[] = []): string[] {
  const item = schema.type === 'array' && schema.items?.type === 'object' ? schema.items : schema;
  const objects = [item, ...(item.oneOf ?? item.anyOf ?? []).filter((v) => v.type === 'object')];
  return objects.flatMap((o) =>
    Object.entries(o.properties ?? {}).flatMap(([name, p]) => [...(p.title ? [] : [[...prefix, name].join(' → ')]), ...untitled(p, [...prefix, name])]),
  );
}

const unique = (list: readonly string[]) => [...new Set(list)].sort();
const { config, approximations } = cmsConfig(OPTIONS);
const collection = (name: string) => config.collections!.find((c) => 'name' in c && c.name === name) as { fields: Field[]; create?: boolean };
const field = (fields: readonly Field[], name: string) => fields.find((f) => f.name === name)!;

describe('the editors’ form generated from the schemas', () => {
  it('has a collection for every kind of the registry and a form field for every field of its schema', () => {
    for (const kind of KINDS) {
      const form = collection(kind.folder);
      expect(form, kind.id).toBeDefined();
      expect(unique(formPaths(form.fields))).toEqual(unique([...schemaPaths(jsonSchemaOf(kind.schema)), 'body']));
    }
  });

  it('edits content/ustawienia.yaml as one settings file with a form field for every setting', () => {
    const settings = config.singletons![0] as { file: string; fields: Field[] };
    expect(settings.file).toBe('content/ustawienia.yaml');
    expect(unique(formPaths(settings.fields))).toEqual(unique(schemaPaths(jsonSchemaOf(settingsSchema))));
  });

  it('gives every schema field a Polish label next to the field', () => {
    const missing = [...KINDS.flatMap((k) => untitled(jsonSchemaOf(k.schema), [k.id])), ...untitled(jsonSchemaOf(settingsSchema), ['ustawienia'])];
    expect(missing).toEqual([]);
  });

  it('marks as not required exactly the fields the schema lets the editor leave out', () => {
    const meeting = collection('spotkania').fields;
    expect(meeting.filter((f) => 'required' in f && f.required === false).map((f) => f.name)).toEqual(['uczestnicy', 'prelegenci', 'tematy', 'zaktualizowano', 'slug', 'body']);
  });

  it('offers controlled lists as choices labelled in Polish, dates as date pickers and bodies in raw Markdown only', () => {
    const tool = collection('narzedzia').fields;
    expect(field(tool, 'typy_gmin')).toMatchObject({ widget: 'select', multiple: true, min: 1, options: [{ value: 'wiejska', label: 'gmina wiejska' }, { value: 'miejsko-wiejska', label: 'gmina miejsko-wiejska' }, { value: 'miejska', label: 'gmina miejska' }] });
    expect(field(tool, 'etap')).toMatchObject({ widget: 'select', options: expect.arrayContaining([{ value: 'porozumienie', label: 'Porozumienie' }]) });
    expect(field(tool, 'dodano')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(field(tool, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
  });

  it('makes the meeting form a switch of variants keyed by „rodzaj”, so a switch leaves no field of the other variant', () => {
    expect(field(collection('spotkania').fields, 'forma')).toMatchObject({
      widget: 'object',
      typeKey: 'rodzaj',
      types: [
        { name: 'online', label: 'Online', fields: [{ name: 'platforma' }] },
        { name: 'stacjonarna', label: 'Stacjonarna', fields: [{ name: 'miejsce' }] },
        { name: 'nieznana', label: 'Nieznana' },
      ],
    });
  });

  it('offers as related entries only the entries the reference may name', () => {
    expect(field(collection('narzedzia').fields, 'powiazane')).toMatchObject({ widget: 'select', multiple: true, options: [{ value: 'narzedzia/plan', label: 'narzędzie: Plan' }] });
  });

  it('does not let editors add or remove models, whose address is their municipality type', () => {
    expect(collection('modele').create).toBe(false);
    expect(collection('spotkania').create).toBe(true);
  });

  it('shows the .mdx entries of a kind that has them in a collection of their own, with the same fields, and creates new entries only as .md', () => {
    const { config: withMdx } = cmsConfig({ ...OPTIONS, mdxFolders: ['narzedzia'] });
    const names = withMdx.collections!.map((c) => ('name' in c ? (c.name ?? '') : ''));
    expect(names.filter((n) => n.endsWith('-mdx'))).toEqual(['narzedzia-mdx']);
    const mdx = withMdx.collections!.find((c) => 'name' in c && c.name === 'narzedzia-mdx') as { folder: string; extension: string; create: boolean; label: string; fields: Field[] };
    expect(mdx).toMatchObject({ folder: 'content/narzedzia', extension: 'mdx', create: false, label: 'Narzędzia z komponentami (.mdx)' });
    expect(mdx.fields.map((f) => f.name)).toEqual(collection('narzedzia').fields.map((f) => f.name));
    expect(field(mdx.fields, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    expect(config.collections!.some((c) => 'name' in c && c.name?.endsWith('-mdx'))).toBe(false);
  });

  it('omits empty optional fields and writes front matter with double quotes', () => {
    expect(config.output).toEqual({ omit_empty_optional_fields: true, yaml: { quote: 'double', indent_sequences: true } });
  });

  it('lists every field it shows in another shape than the schema has', () => {
    expect(approximations.map((a) => a.field)).toEqual([
      'spotkanie → data',
      'rekomendacja → powiazane',
      'narzedzie → powiazane',
      'praktyka → powiazane',
      'ustawienia → dostepnosc → pjm',
      'ustawienia → dostepnosc → etr',
    ]);
  });

  it('shows a field added to a schema without any change to the form code', () => {
    const kind = KINDS.find((k) => k.id === 'strona')!;
    const schema = (kind.schema as unknown as z.ZodObject).extend({ haslo: z.string().meta({ title: 'Hasło' }).optional() });
    const { config: extended } = cmsConfig({ ...OPTIONS, kinds: [{ ...kind, schema }] });
    const fields = (extended.collections![0] as { fields: Field[] }).fields;
    expect(field(fields, 'haslo')).toEqual({ name: 'haslo', label: 'Hasło', required: false, widget: 'string' });
  });

  it('refuses a schema with a field it has no form field for, naming the kind and the field', () => {
    const kind = KINDS.find((k) => k.id === 'strona')!;
    const schema = (kind.schema as unknown as z.ZodObject).extend({ wspolrzedne: z.tuple([z.number(), z.number()]), mapa: z.record(z.string(), z.string()) });
    const build = () => cmsConfig({ ...OPTIONS, kinds: [{ ...kind, schema }] });
    expect(build).toThrow(UnmappedFieldsError);
    expect(build).toThrow(
      'formularz redakcji nie ma pola dla: strona → wspolrzedne (wartość typu array); strona → mapa (wartość typu object); dopisz obsługę tego rodzaju pola w src/cms/fields.ts albo zmień schemat',
    );
  });
});
