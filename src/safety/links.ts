/**
 * The link protocols content may use: http(s):, mailto:, tel: and addresses
 * on the site itself (from „/” or „#”). Anything with another scheme
 * (javascript:, data:, file:, vbscript:…) is refused. Pure.
 */

const ALLOWED = new Set(['http', 'https', 'mailto', 'tel']);

/** The scheme of a URL as a browser reads it (whitespace and control characters ignored), lower case, or undefined. */
export function schemeOf(url: string): string | undefined {
  // Browsers drop leading spaces and control characters and tabs or newlines anywhere.
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * A Polish message („what; how to fix it”) when `url` uses a scheme the site
 * does not allow; undefined for http(s):, mailto:, tel: and scheme-less addresses.
 */
export function protocolProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || ALLOWED.has(scheme)) return undefined;
  return `adres typu „${scheme}:” jest niedozwolony (serwis przyjmuje tylko adresy https://, http://, mailto:, tel: i adresy stron serwisu od ukośnika); usuń ten odnośnik albo wpisz pełny adres strony z https://`;
}
