/**
 * Which files from content/pliki/ the site may serve: an explicit list of
 * types (documents, office formats, images, recordings), and the files that
 * are never served whatever references them (hidden files, office lock
 * files, pages, scripts, programs, unknown types). Pure: names only.
 */

export interface FileType {
  /** Content-Type the dev server sends (the production server maps extensions itself). */
  readonly mime: string;
  /** True for types an image in Markdown or the logo strip may use. */
  readonly image?: boolean;
}

/** Every extension content/pliki/ may publish, lower case, without the dot. */
export const PUBLISHED_TYPES: Readonly<Record<string, FileType>> = {
  pdf: { mime: 'application/pdf' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  odt: { mime: 'application/vnd.oasis.opendocument.text' },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { mime: 'application/vnd.oasis.opendocument.presentation' },
  txt: { mime: 'text/plain; charset=utf-8' },
  csv: { mime: 'text/csv; charset=utf-8' },
  png: { mime: 'image/png', image: true },
  jpg: { mime: 'image/jpeg', image: true },
  jpeg: { mime: 'image/jpeg', image: true },
  webp: { mime: 'image/webp', image: true },
  avif: { mime: 'image/avif', image: true },
  gif: { mime: 'image/gif', image: true },
  svg: { mime: 'image/svg+xml', image: true },
  mp4: { mime: 'video/mp4' },
  webm: { mime: 'video/webm' },
};

/** „pdf, docx, …” for messages. */
export const PUBLISHED_LIST = Object.keys(PUBLISHED_TYPES).join(', ');
/** „png, jpg, …” for messages about images. */
export const IMAGE_LIST = Object.entries(PUBLISHED_TYPES).filter(([, t]) => t.image).map(([e]) => e).join(', ');

/** The lower-case extension of a file name, without the dot („” when there is none). */
export function extensionOf(name: string): string {
  const base = name.split('/').pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The published type of a file name, or undefined. */
export function publishedType(name: string): FileType | undefined {
  const ext = extensionOf(name);
  return Object.hasOwn(PUBLISHED_TYPES, ext) ? PUBLISHED_TYPES[ext] : undefined;
}

/**
 * Why a file under content/pliki/ (path relative to content/pliki/, with „/”)
 * may never be published, in Polish; undefined when its type may be served.
 */
export function refusalOf(name: string): string | undefined {
  const segments = name.split('/');
  const base = segments[segments.length - 1] ?? '';
  if (segments.some((s) => s.startsWith('.')) && !base.startsWith('.~lock.')) return 'plik ukryty (nazwa jego albo jego folderu zaczyna się od kropki)';
  if (base.startsWith('~$') || base.startsWith('.~lock.') || base.endsWith('#') || base.endsWith('~')) return 'plik tymczasowy albo plik blokady edytora (powstaje, gdy dokument jest otwarty)';
  const ext = extensionOf(base);
  if (publishedType(base)) return undefined;
  if (ext === '') return 'plik bez rozszerzenia, więc nie wiadomo, czym jest';
  if (['html', 'htm', 'xhtml', 'shtml', 'xml', 'xsl', 'mht', 'mhtml'].includes(ext)) return `strona internetowa (.${ext}) może zawierać skrypty, więc serwis jej nie publikuje`;
  if (['js', 'mjs', 'cjs', 'php', 'py', 'sh', 'bat', 'cmd', 'ps1', 'vbs', 'exe', 'msi', 'dll', 'com', 'scr', 'jar', 'apk', 'dmg', 'app', 'wasm', 'swf'].includes(ext)) return `program albo skrypt (.${ext}) nie jest publikowany`;
  if (['docm', 'xlsm', 'pptm', 'dotm', 'xltm', 'doc', 'xls', 'ppt'].includes(ext)) return `dokument .${ext} może zawierać makra, więc serwis go nie publikuje; zapisz go jako PDF albo w formacie docx, xlsx, odt lub ods`;
  return `typ pliku .${ext} nie jest publikowany; serwis publikuje tylko: ${PUBLISHED_LIST}`;
}
