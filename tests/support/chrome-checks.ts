/** Browser checks of the site's chrome: the phone header, its menu, tables on narrow screens and printing. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The phone header may take at most a quarter of a 375×740 screen, EU strip included. */
export const PHONE = { width: 375, height: 740, headerMax: 185 } as const;
/** The desktop viewport the browser tests use. */
export const DESKTOP = { width: 1280, height: 900 } as const;

/** How far down the page the header (with the EU strip above it) ends, in CSS pixels. */
export function headerBottom(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom + window.scrollY);
}

/** The labels of the main navigation's links a reader cannot see right now. */
export function hiddenNavLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('.site-header nav a')]
      .filter((a) => !a.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true }) || a.getBoundingClientRect().width === 0)
      .map((a) => a.textContent!.trim()),
  );
}

/** The text of what has the keyboard focus. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

/**
 * Words in table cells that the browser broke across two lines. A break after
 * a hyphen, dash or slash is a normal line break, so those split words apart.
 */
export function brokenTableWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('main td, main th')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const m of node.data.matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}

/** Tables in main that are not inside a focusable region with a name, by their first header cell. */
export function unlabelledTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main table')]
      .filter((t) => {
        const region = t.closest('[tabindex="0"]');
        return !region || !(region.getAttribute('aria-label') || region.getAttribute('aria-labelledby'));
      })
      .map((t) => t.querySelector('th')?.textContent?.trim() ?? '?'),
  );
}

/**
 * What is wrong with a laid-out page on a phone: table words broken
 * mid-word, tables outside a focusable, labelled scroll region, or a page
 * wider than the screen (the region, not the page, must scroll).
 */
export async function phoneTableProblems(page: Page): Promise<string[]> {
  const problems = (await brokenTableWords(page)).map((word) => `broken „${word}”`);
  for (const table of await unlabelledTables(page)) problems.push(`table „${table}” has no labelled, focusable region`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`page ${overflow}px wider than the screen`);
  return problems;
}

/** The text of the first printed page (Chromium's PDF, A4, read back with poppler's pdftotext), whitespace collapsed. */
export async function firstPrintedPage(page: Page): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'druk-'));
  try {
    const file = join(dir, 'strona.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    return normalise(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * What is wrong with a printed first page: each expected text missing from
 * it, each piece of the site's chrome found on it.
 */
export function printProblems(firstPage: string, expected: readonly string[], chrome: readonly string[]): string[] {
  return [
    ...expected.filter((t) => !firstPage.includes(normalise(t))).map((t) => `page 1 lacks „${t}”`),
    ...chrome.filter((t) => firstPage.includes(t)).map((t) => `page 1 shows „${t}”`),
  ];
}

/** How Chromium's accessibility tree exposes the menu button: its role and whether it says it is expanded. */
export async function menuButton(page: Page, name: string): Promise<{ role: string; expanded: boolean } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
  await cdp.detach();
  const node = nodes.find((n) => n.name?.value === name && n.role?.value !== 'StaticText');
  if (!node) return undefined;
  return { role: String(node.role?.value), expanded: node.properties?.find((p) => p.name === 'expanded')?.value.value === true };
}
