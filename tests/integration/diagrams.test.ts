import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/index.ts';
import { pathDiagram, structureDiagram } from '../../src/graphics/diagram/model.ts';
import { readPages, type BuiltPage } from '../../scripts/lib/pages.ts';
import { missingLabels, readingProblems, svgTextLines } from '../support/checks/diagram.ts';

const { fixture, real } = inject('sites');

describe.each([
  ['fixture content', fixture],
  ['the project’s content', real],
])('model diagrams on the site built from %s', (_name, site) => {
  let pages: BuiltPage[];
  let content: Content;
  const page = (url: string) => pages.find((p) => p.url === url)!;

  beforeAll(() => {
    pages = readPages(site.dir, site.base);
    const r = loadContent(site.content);
    if (!r.ok) throw new Error('content must be valid');
    content = r.content;
  });

  it('puts the structure picture on each model page, a titled, described image drawn from the model’s data, with its text equivalent', () => {
    for (const model of content.models) {
      const p = page(model.path);
      const svgs = p.dom.querySelectorAll('figure svg.diagram');
      expect(svgs, model.path).toHaveLength(1);
      expect(svgs[0]!.getAttribute('role')).toBe('img');
      for (const id of [...svgs[0]!.getAttribute('aria-labelledby')!.split(' '), ...svgs[0]!.getAttribute('aria-describedby')!.split(' ')]) {
        expect(p.dom.querySelector(`#${id}`)?.textContent.trim(), id).toBeTruthy();
      }
      expect(missingLabels(structureDiagram(model), svgTextLines(svgs[0]!.toString()))).toEqual([]);
      expect(readingProblems(structureDiagram(model), svgs[0]!.toString())).toEqual([]);
      const details = p.dom.querySelector('details.diagram-details')!;
      expect(missingLabels(structureDiagram(model), [details.textContent], 'text')).toEqual([]);
    }
  });

  it('shows each model’s stages once: a numbered path with every step in full and each tool linked once, at the ids other pages link to', () => {
    let notes = 0;
    for (const model of content.models) {
      const p = page(model.path);
      const diagram = pathDiagram(content, model);
      const paths = p.dom.querySelectorAll('ol.path');
      expect(paths, model.path).toHaveLength(1);
      expect(missingLabels(diagram, [paths[0]!.textContent], 'text')).toEqual([]);
      const stages = paths[0]!.querySelectorAll(':scope > li');
      expect(stages.map((li) => li.id)).toEqual(diagram.stages.map((s) => s.path.split('#')[1]));
      // The number comes before the stage's name in its heading, as it is read.
      expect(stages.map((li) => li.querySelector('h3')!.textContent.replace(/\s+/g, ' ').trim())).toEqual(diagram.stages.map((s) => `${s.number} ${s.label}`.replace(/\s+/g, ' ')));
      const toolLinks = paths[0]!.querySelectorAll('a').map((a) => a.getAttribute('href')!);
      expect(toolLinks).toEqual(diagram.stages.flatMap((s) => s.tools.map((t) => `${site.base.replace(/\/$/, '')}${t.path}`)));
      // No picture of the stages beside it, and no second list of its stages or tools on the page.
      expect(p.dom.querySelectorAll('svg.diagram a')).toHaveLength(0);
      // A template the model's sources name carries the note, and only such a template.
      const sourced = content.tools.filter((t) => t.data.w_zrodlach.includes(model.data.typ_gminy)).map((t) => `${site.base.replace(/\/$/, '')}${t.path}`);
      const noted = paths[0]!.querySelectorAll('.path__note').map((n) => n.previousElementSibling?.getAttribute('href'));
      expect(noted.sort()).toEqual(sourced.filter((h) => toolLinks.includes(h)).sort());
      notes += noted.length;
      const listed = p.dom.querySelectorAll('main li a').filter((a) => toolLinks.includes(a.getAttribute('href')!) && !a.closest('ol.path'));
      expect(listed).toHaveLength(0);
      expect(p.dom.querySelectorAll('.diagram-text')).toHaveLength(1);
      expect(p.dom.querySelector('.diagram-text')!.closest('details')).not.toBeNull();
    }
    expect(notes > 0).toBe(content.tools.some((t) => t.data.w_zrodlach.length > 0));
  });

  it('puts both diagrams of every model on the comparison page, each with its text equivalent', () => {
    const p = page('/modele/');
    expect(p.dom.querySelectorAll('figure svg.diagram')).toHaveLength(content.models.length * 2);
    const details = p.dom.querySelectorAll('details.diagram-details');
    expect(details).toHaveLength(content.models.length * 2);
    content.models.forEach((model, i) => {
      expect(missingLabels(structureDiagram(model), [details[2 * i]!.textContent], 'text')).toEqual([]);
      expect(missingLabels(pathDiagram(content, model), [details[2 * i + 1]!.textContent], 'text')).toEqual([]);
    });
    for (const caption of p.dom.querySelectorAll('figcaption a')) {
      expect(p.dom.querySelector(caption.getAttribute('href')!)?.tagName).toBe('DETAILS');
    }
    // The pictures are images without links: the text equivalents hold them, one tab stop per target.
    expect(p.dom.querySelectorAll('svg.diagram a')).toHaveLength(0);
    content.models.forEach((model, i) => {
      const svgs = p.dom.querySelectorAll('figure svg.diagram');
      expect(readingProblems(structureDiagram(model), svgs[2 * i]!.toString())).toEqual([]);
      expect(readingProblems(pathDiagram(content, model), svgs[2 * i + 1]!.toString())).toEqual([]);
    });
  });
});
