/**
 * A Content-Security-Policy for each built page: everything from the site's
 * own origin, inline styles allowed only by their hash, WebAssembly allowed
 * for the search. Written as a <meta> because a static host may not let the
 * institution set headers. The <style> blocks are found with an HTML parser:
 * the text „<style>” inside an attribute, a script or a comment is not one.
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';

/**
 * Elements whose content a browser reads as text, never as tags. A <style>
 * inside <noscript> applies when scripting is off, so noscript is parsed.
 */
const TEXT_ONLY = { script: true, style: true, textarea: true, title: true, xmp: true, iframe: true, noembed: true, noframes: true, plaintext: true };

/** The exact text of every <style> element, as a browser hashes it. */
export function styleBlocks(html: string): string[] {
  return parse(html, { comment: false, blockTextElements: TEXT_ONLY }).querySelectorAll('style').map((style) => style.rawText);
}

export function contentSecurityPolicy(html: string): string {
  const hashes = styleBlocks(html).map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src 'self'${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the policy right after <meta charset>, before anything it governs. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}${meta}`);
}
