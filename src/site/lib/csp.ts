/**
 * The Content-Security-Policy of the built site. Astro writes it (its
 * `security.csp` support, set up in astro.config.mjs from `CSP_CONFIG`) as a
 * <meta> in every page: everything from the site's own origin, WebAssembly
 * allowed for the search, inline styles and scripts only by the hashes Astro
 * computes for what it bundled. `policyGaps` checks a finished page with an
 * HTML parser (node-html-parser) and names whatever the page's policy would
 * block: an inline <style> or <script> Astro did not hash (e.g. one written
 * into a component with set:html), a style attribute, an event handler, or a
 * page without a policy. The build fails on any (src/integrations/csp-check.ts).
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { parse, type HTMLElement } from 'node-html-parser';

type CspSetting = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Astro's `security.csp` setting: what every page allows besides the hashes Astro adds. */
export const CSP_CONFIG: CspSetting = {
  directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
};

/**
 * Elements whose content a browser reads as text, never as tags. A <style>
 * inside <noscript> applies when scripting is off, so noscript is parsed.
 */
const TEXT_ONLY = { script: true, style: true, textarea: true, title: true, xmp: true, iframe: true, noembed: true, noframes: true, plaintext: true };

/** Script types a browser runs (a JSON data block is not run, so no policy governs it). */
const RUNNABLE_SCRIPT = /^(|module|text\/javascript|application\/javascript)$/i;

function parsePage(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: TEXT_ONLY });
}

/** The exact text of every <style> element, as a browser hashes it. */
export function styleBlocks(html: string): string[] {
  return parsePage(html).querySelectorAll('style').map((style) => style.rawText);
}

/** The page's policy from its <meta http-equiv>, as directive name → sources; undefined without one. */
export function pagePolicy(html: string): Map<string, string[]> | undefined {
  const meta = parsePage(html)
    .querySelectorAll('meta')
    .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  const content = meta?.getAttribute('content');
  if (content === undefined) return undefined;
  const policy = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** What the page's own policy would block, in Polish, one line each; empty when nothing. */
export function policyGaps(html: string): string[] {
  const policy = pagePolicy(html);
  if (!policy) return ['strona nie ma polityki bezpieczeństwa treści (meta Content-Security-Policy)'];
  const allowed = (directive: 'style-src' | 'script-src') => policy.get(directive) ?? policy.get('default-src') ?? [];
  const gaps: string[] = [];
  const root = parsePage(html);
  for (const style of root.querySelectorAll('style')) {
    if (!allowed('style-src').includes(sha256(style.rawText))) gaps.push(`blok <style> „${excerpt(style.rawText)}” nie ma skrótu w style-src`);
  }
  for (const script of root.querySelectorAll('script')) {
    if (script.hasAttribute('src') || !RUNNABLE_SCRIPT.test(script.getAttribute('type') ?? '')) continue;
    if (!allowed('script-src').includes(sha256(script.rawText))) gaps.push(`skrypt wbudowany „${excerpt(script.rawText)}” nie ma skrótu w script-src`);
  }
  for (const element of root.querySelectorAll('*')) {
    const name = element.rawTagName.toLowerCase();
    for (const attribute of Object.keys(element.attributes)) {
      const key = attribute.toLowerCase();
      if (key === 'style') gaps.push(`atrybut style w <${name}> („${excerpt(element.getAttribute(attribute) ?? '')}”) – polityka nie dopuszcza stylów w atrybutach`);
      else if (key.startsWith('on')) gaps.push(`atrybut ${key} w <${name}> – polityka nie dopuszcza skryptów w atrybutach`);
    }
  }
  return gaps;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
