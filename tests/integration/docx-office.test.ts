/**
 * Opens tool DOCX files in a real office suite: LibreOffice from Debian converts
 * them to PDF (about 1.5 s each, so only the fixture's tools and one real tool,
 * in one run) and poppler's pdftotext reads back what a person would see.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fieldOf, listItems, runsText, tableOf } from '../../src/content/blocks.ts';
import { toolDocxPath } from '../../src/content/bundles.ts';
import type { Tool } from '../../src/content/index.ts';
import { validContent } from '../support/content.ts';

const { fixture, real } = inject('sites');

/** Whitespace (line ends, non-breaking spaces) folded, so text that wraps still matches. */
const fold = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();

/** What a person must see of a tool: its title, facts, field labels, checkbox labels and table headers. */
function expectedText(tool: Tool, disclaimer: string): string[] {
  // The disclaimer's first clause: a short run that does not wrap across lines.
  const out = [tool.data.tytul, 'Kto wypełnia:', disclaimer.split(';')[0]!];
  visit(tool.body, (node) => {
    if (node.type === 'paragraph') {
      const field = fieldOf(node);
      if (field) out.push(`${field.label}:`);
    }
    if (node.type === 'list') for (const item of listItems(node, 0)) if (item.checkbox) out.push(item.label);
    if (node.type === 'table') out.push(...(tableOf(node, (u) => u)?.header.map(runsText) ?? []));
  });
  return out.map(fold).filter(Boolean);
}

describe('tool DOCX files opened in LibreOffice', () => {
  const fixtureContent = validContent(fixture.content);
  const realContent = validContent(real.content);
  // Every DOCX of both sites, converted in one LibreOffice run.
  const cases = [
    ...fixtureContent.tools.map((t) => ({ tool: t, file: join(fixture.dir, toolDocxPath(t)), disclaimer: fixtureContent.settings.teksty.zastrzezenie_wzoru })),
    ...realContent.tools.map((t) => ({ tool: t, file: join(real.dir, toolDocxPath(t)), disclaimer: realContent.settings.teksty.zastrzezenie_wzoru })),
  ];
  const out = mkdtempSync(join(tmpdir(), 'koop-docx-office-'));
  const text = new Map<string, string>();

  beforeAll(() => {
    // A fresh profile per run: LibreOffice writes its settings under HOME.
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, ...cases.map((c) => c.file)], {
      env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'koop-lo-home-')) },
      stdio: 'ignore',
      timeout: 120_000,
    });
    for (const c of cases) {
      const pdf = join(out, basename(c.file).replace(/\.docx$/, '.pdf'));
      text.set(c.file, execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    }
  });

  it.each(cases.map((c) => [c.tool.slug, c] as const))('shows everything of „%s” to fill in, with Polish letters', (_slug, c) => {
    const seen = fold(text.get(c.file)!);
    for (const expected of expectedText(c.tool, c.disclaimer)) expect(seen, expected).toContain(expected);
    expect(seen).toMatch(/Strona 1 z \d+/);
  });

  it('sets the text in Noto Sans, regular and bold', () => {
    const fonts = execFileSync('pdffonts', [join(out, basename(cases[0]!.file).replace(/\.docx$/, '.pdf'))], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSans-Regular/);
    expect(fonts).toMatch(/NotoSans-Bold/);
  });
});
