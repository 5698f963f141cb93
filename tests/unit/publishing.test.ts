import { describe, expect, it } from 'vitest';
import { PUBLISHED_LIST, refusalOf } from '../../src/safety/file-types.ts';
import { planPublishing, referencedPaths, skippedLine } from '../../src/content/publish.ts';

describe('file types content/pliki may publish', () => {
  it('are documents, office files, images and recordings', () => {
    expect(PUBLISHED_LIST).toBe('pdf, docx, xlsx, pptx, odt, ods, odp, txt, csv, png, jpg, jpeg, webp, avif, gif, svg, mp4, webm');
    for (const name of ['a.pdf', 'A.PDF', 'tabela.xlsx', 'wzor.odt', 'logo.svg', 'zdjecie.JPG', 'pjm.mp4', 'dane.csv', 'folder/x.docx']) expect(refusalOf(name)).toBeUndefined();
  });

  it.each([
    ['.env', 'plik ukryty (nazwa jego albo jego folderu zaczyna się od kropki)'],
    ['.git/config', 'plik ukryty (nazwa jego albo jego folderu zaczyna się od kropki)'],
    ['.git/objects/ab/cdef.pdf', 'plik ukryty (nazwa jego albo jego folderu zaczyna się od kropki)'],
    ['~$umowa.docx', 'plik tymczasowy albo plik blokady edytora (powstaje, gdy dokument jest otwarty)'],
    ['.~lock.tabela.ods#', 'plik tymczasowy albo plik blokady edytora (powstaje, gdy dokument jest otwarty)'],
    ['umowa.docx~', 'plik tymczasowy albo plik blokady edytora (powstaje, gdy dokument jest otwarty)'],
    ['strona.html', 'strona internetowa (.html) może zawierać skrypty, więc serwis jej nie publikuje'],
    ['strona.HTM', 'strona internetowa (.htm) może zawierać skrypty, więc serwis jej nie publikuje'],
    ['skrypt.js', 'program albo skrypt (.js) nie jest publikowany'],
    ['instalator.exe', 'program albo skrypt (.exe) nie jest publikowany'],
    ['makra.xlsm', 'dokument .xlsm może zawierać makra, więc serwis go nie publikuje; zapisz go jako PDF albo w formacie docx, xlsx, odt lub ods'],
    ['README', 'plik bez rozszerzenia, więc nie wiadomo, czym jest'],
    ['archiwum.zip', `typ pliku .zip nie jest publikowany; serwis publikuje tylko: ${PUBLISHED_LIST}`],
  ])('never publish %s', (name, reason) => {
    expect(refusalOf(name)).toBe(reason);
  });
});

describe('publishing content/pliki', () => {
  const files = ['pliki/.env', 'pliki/.git/config', 'pliki/~$lista.docx', 'pliki/dane-osobowe.xlsx', 'pliki/formularz.pdf', 'pliki/logo.svg', 'pliki/strona.html', 'pliki/m\u00f3j plik.pdf', 'pliki/program.exe'];
  const referenced = referencedPaths(['/pliki/formularz.pdf', '/pliki/logo.svg#x', '/pliki/m%C3%B3j%20plik.pdf', '/pliki/strona.html', '/pliki/../ustawienia.yaml']);

  it('copies only files an entry or the settings name, of a published type', () => {
    expect(planPublishing(files, referenced).publish).toEqual(['pliki/formularz.pdf', 'pliki/logo.svg', 'pliki/m\u00f3j plik.pdf']);
  });

  it('lists every other file with the reason in the build log', () => {
    expect(planPublishing(files, referenced).skipped.map(skippedLine)).toEqual([
      'nie opublikowano: content/pliki/.env – plik ukryty (nazwa jego albo jego folderu zaczyna się od kropki)',
      'nie opublikowano: content/pliki/.git/config – plik ukryty (nazwa jego albo jego folderu zaczyna się od kropki)',
      'nie opublikowano: content/pliki/~$lista.docx – plik tymczasowy albo plik blokady edytora (powstaje, gdy dokument jest otwarty)',
      'nie opublikowano: content/pliki/dane-osobowe.xlsx – żaden wpis go nie wskazuje',
      'nie opublikowano: content/pliki/strona.html – strona internetowa (.html) może zawierać skrypty, więc serwis jej nie publikuje',
      'nie opublikowano: content/pliki/program.exe – program albo skrypt (.exe) nie jest publikowany',
    ]);
  });

  it('never resolves a path that leaves content/pliki', () => {
    expect([...referenced]).not.toContain('ustawienia.yaml');
  });
});
