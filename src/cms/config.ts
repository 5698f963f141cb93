/**
 * The editors' form (Sveltia CMS configuration), generated from the content
 * registry and the schemas: one folder collection per kind of content, the
 * settings file as a singleton, every field with its label, hint, required
 * flag and widget from the schema. Nothing here names a field: a field added
 * to a schema appears in the form without touching this file.
 */
import type { CmsConfig, Field, GitBackend } from '@sveltia/cms';
import type { z } from 'zod';
import { KINDS, type SomeKind } from '../content/kinds.ts';
import { settingsSchema } from '../content/schemas/settings.ts';
import { formFields, jsonSchemaOf, type Approximation, type MappingNotes, type ReferenceOption } from './fields.ts';

export type { Approximation, ReferenceOption };

export interface CmsOptions {
  /** Where the CMS commits (the institution's git host); local mode on a checkout ignores it. */
  readonly backend: GitBackend;
  /** The site's address (`serwis.adres`), for links from the form to the published pages. */
  readonly siteUrl: string;
  /** Entries other entries may refer to, from the content at build (or preview) time. */
  readonly references: readonly ReferenceOption[];
  /** The registry's kinds; tests pass their own. */
  readonly kinds?: readonly Pick<SomeKind, 'id' | 'folder' | 'plural' | 'singular' | 'schema' | 'slugFrom'>[];
  /**
   * Folders of kinds that hold `.mdx` entries. Such a kind gets a second
   * collection for them (a collection reads one file extension), so no entry
   * is missing from the form; new entries are still created as `.md`.
   */
  readonly mdxFolders?: readonly string[];
  /** The settings file's schema; tests pass their own. */
  readonly settings?: z.ZodType;
}

/** Thrown when a schema has a field the form cannot show: building the form would lose it. */
export class UnmappedFieldsError extends Error {
  readonly fields: readonly string[];
  constructor(fields: readonly string[]) {
    super(
      `formularz redakcji nie ma pola dla: ${fields.join('; ')}; dopisz obsługę tego rodzaju pola w src/cms/fields.ts albo zmień schemat`,
    );
    this.name = 'UnmappedFieldsError';
    this.fields = fields;
  }
}

/** The body of every entry: raw Markdown, so the tools' form syntax (`__________`, `- [ ]`, tables) is kept byte for byte. */
const BODY: Field = {
  name: 'body',
  label: 'Treść',
  widget: 'markdown',
  modes: ['raw'],
  required: false,
  hint: 'Markdown, jak opisuje README („Dla redakcji”): śródtytuły od „## ”, listy od „- ”, formularz narzędzia pod „## Formularz”.',
};

/** The body of an `.mdx` entry: raw too, so its components stay as typed. */
const MDX_BODY: Field = {
  ...BODY,
  hint: 'Markdown z komponentami MDX (np. <Uwaga>…</Uwaga>), jak opisuje README („Komponenty w plikach .mdx”); nowy wpis z komponentami dodaj jako plik .mdx w folderze treści.',
};

/** The settings file, relative to the repository root. */
export const SETTINGS_FILE = 'content/ustawienia.yaml';

/** The configuration, and the fields the form shows in another shape than the schema (see README). */
export function cmsConfig(options: CmsOptions): { config: CmsConfig; approximations: readonly Approximation[] } {
  const notes: MappingNotes = { unmapped: [], approximations: [] };
  const kinds = options.kinds ?? KINDS;
  const collections = kinds.flatMap((kind) => {
    const fields = formFields(jsonSchemaOf(kind.schema), [kind.id], options.references, notes);
    const markdown = {
      name: kind.folder,
      label: kind.plural,
      label_singular: kind.singular,
      folder: `content/${kind.folder}`,
      extension: 'md',
      format: 'yaml-frontmatter' as const,
      identifier_field: 'tytul',
      // A kind whose address comes from a field (a model: its municipality type) has a fixed set of entries.
      create: kind.slugFrom === undefined,
      delete: kind.slugFrom === undefined,
      fields: [...fields, BODY],
    };
    if (!options.mdxFolders?.includes(kind.folder)) return [markdown];
    // The same fields and the same body in raw Markdown, where the components are typed as they are.
    return [markdown, { ...markdown, name: `${kind.folder}-mdx`, label: `${kind.plural} z komponentami (.mdx)`, extension: 'mdx', create: false, fields: [...fields, MDX_BODY] }];
  });
  const settings = {
    name: 'ustawienia',
    label: 'Ustawienia serwisu',
    file: SETTINGS_FILE,
    format: 'yaml',
    fields: formFields(jsonSchemaOf(options.settings ?? settingsSchema), ['ustawienia'], options.references, notes),
  };
  if (notes.unmapped.length > 0) throw new UnmappedFieldsError(notes.unmapped);
  const config: CmsConfig = {
    backend: options.backend,
    app_title: 'Redakcja serwisu',
    site_url: options.siteUrl,
    media_folder: 'content/pliki',
    public_folder: '/pliki',
    slug: { encoding: 'ascii', clean_accents: true },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double', indent_sequences: true } },
    collections,
    singletons: [settings],
  };
  return { config, approximations: notes.approximations };
}
