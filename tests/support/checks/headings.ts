/**
 * No heading level skipped on any page: html-validate's `heading-level` rule
 * (one h1, the first heading an h1, each next heading at most one level
 * deeper than the one before). The site-wide HTML check turns it on for every
 * built page; the unit test plants skips to show it reports them.
 */
import { HtmlValidate, type RuleConfig } from 'html-validate';

/** The rule as html-validate configures it (not in its „recommended” preset). */
export const HEADING_RULES: RuleConfig = { 'heading-level': ['error', { allowMultipleH1: false }] };

const validator = new HtmlValidate({ rules: HEADING_RULES });

/** „line 3: Heading level can only increase by one, expected <h2> but got <h3>” for each skip in a page. */
export async function headingSkips(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `line ${m.line}: ${m.message}`));
}
