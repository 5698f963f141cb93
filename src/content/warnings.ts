/**
 * Things an editor should look at that do not stop the build: form syntax
 * near-misses in tools and tools added after the edition date of the PDF
 * toolkits. `npm run check` and every build print them.
 */
import type { AnyEntry, Tool } from './entries.ts';
import { lintForm } from './form-syntax.ts';
import type { ContentProblem } from './problems.ts';
import type { SettingsData } from './schemas/settings.ts';

/** Warnings over validated entries; `settings` is absent when the settings are invalid. */
export function contentWarnings(entries: readonly AnyEntry[], settings: SettingsData | undefined): ContentProblem[] {
  const tools = entries.filter((e): e is Tool => e.kind === 'narzedzie');
  return [...tools.flatMap(lintForm), ...(settings ? editionWarnings(tools, settings.pakiety.data_wydania) : [])];
}

/** A tool added after the edition date is in bundles that still carry the older date. */
function editionWarnings(tools: readonly Tool[], edition: string): ContentProblem[] {
  return tools
    .filter((t) => t.data.dodano > edition)
    .map((t) => ({
      file: t.file,
      where: 'pole „dodano”',
      message: `narzędzie dodano (${t.data.dodano}) po dacie wydania pakietów (${edition}), więc pakiety PDF podają starsze wydanie; zaktualizuj pakiety.data_wydania w content/ustawienia.yaml`,
    }));
}
