/**
 * What content/pliki/ publishes: only files that an entry or the settings
 * name, and only of a published type. Everything else stays out of dist/ and
 * is listed in the build log with the reason.
 */
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { Content } from './entries.ts';
import { filePathOf, FILES_PREFIX } from '../safety/paths.ts';
import { refusalOf } from '../safety/file-types.ts';

/** Every /pliki/… address the content names: bodies (links, images, definitions), attachments, settings. */
export function namedFiles(content: Pick<Content, 'settings' | 'models' | 'meetings' | 'recommendations' | 'tools' | 'pages'>): string[] {
  const urls: string[] = [content.settings.logotypy.plik, content.settings.dostepnosc.pjm, content.settings.dostepnosc.etr];
  for (const e of [...content.models, ...content.meetings, ...content.recommendations, ...content.tools, ...content.pages]) {
    visit(e.body as Node, (node) => {
      const url = (node as { url?: unknown }).url;
      if (typeof url === 'string') urls.push(url);
    });
  }
  for (const t of content.tools) if (t.data.zalacznik) urls.push(t.data.zalacznik);
  return urls.filter((u) => u.startsWith(FILES_PREFIX));
}

/** Paths relative to content/ („pliki/x.pdf”) that the named addresses resolve to. */
export function referencedPaths(urls: readonly string[]): Set<string> {
  const paths = new Set<string>();
  for (const url of urls) {
    const path = filePathOf(url);
    if (path.ok) paths.add(path.rel);
  }
  return paths;
}

export interface PublishPlan {
  /** Paths relative to content/ to copy to dist/. */
  readonly publish: readonly string[];
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
}

/** Splits the files under content/pliki/ (paths relative to content/) into published and skipped. Pure. */
export function planPublishing(files: readonly string[], referenced: ReadonlySet<string>): PublishPlan {
  const publish: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const file of files) {
    if (!file.startsWith('pliki/')) continue;
    const refusal = refusalOf(file.slice('pliki/'.length));
    if (refusal) skipped.push({ file, reason: refusal });
    else if (!referenced.has(file)) skipped.push({ file, reason: 'żaden wpis go nie wskazuje' });
    else publish.push(file);
  }
  return { publish, skipped };
}

/** „nie opublikowano: content/pliki/x.xlsx – żaden wpis go nie wskazuje” */
export function skippedLine(s: { readonly file: string; readonly reason: string }): string {
  return `nie opublikowano: content/${s.file} – ${s.reason}`;
}
