import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/content/index.ts';
import { buildToolkits } from '../../src/toolkit/build.ts';

const { fixture } = inject('sites');

/** Every file under `dir` with a fingerprint of its bytes. */
function fingerprints(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(dir, f);
    if (statSync(file).isFile()) out[f] = readFileSync(file).toString('base64');
  }
  return out;
}

describe('reproducible PDFs and DOCX files', () => {
  it('gives byte-identical PDFs, DOCX files, thumbnails and manifest when the same content is built twice', async () => {
    const r = loadContent(fixture.content);
    if (!r.ok) throw new Error('fixture must be valid');
    const a = mkdtempSync(join(tmpdir(), 'koop-a-'));
    const b = mkdtempSync(join(tmpdir(), 'koop-b-'));
    await buildToolkits(r.content, a);
    await buildToolkits(r.content, b);
    const first = fingerprints(a);
    expect(Object.keys(first).filter((f) => f.endsWith('.pdf'))).toHaveLength(5);
    expect(Object.keys(first).filter((f) => f.endsWith('.docx'))).toHaveLength(2);
    expect(fingerprints(b)).toEqual(first);
  });
});
