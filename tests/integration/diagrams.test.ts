import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/index.ts';
import { pathDiagram, structureDiagram } from '../../src/graphics/diagram/model.ts';
import { readPages, type BuiltPage } from '../../scripts/lib/pages.ts';
import { missingLabels, svgTextLines } from '../support/checks/diagram.ts';

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

  it('puts both diagrams on each model page, each a titled, described image drawn from the model’s data', () => {
    for (const model of content.models) {
      const p = page(model.path);
      const svgs = p.dom.querySelectorAll('figure svg.diagram');
      expect(svgs, model.path).toHaveLength(2);
      // The structure has no links and is one image; the path's links make it a labelled group.
      expect(svgs.map((svg) => svg.getAttribute('role'))).toEqual(['img', 'group']);
      for (const svg of svgs) {
        for (const id of [...svg.getAttribute('aria-labelledby')!.split(' '), ...svg.getAttribute('aria-describedby')!.split(' ')]) {
          expect(p.dom.querySelector(`#${id}`)?.textContent.trim(), id).toBeTruthy();
        }
      }
      expect(missingLabels(structureDiagram(model), svgTextLines(svgs[0]!.toString()))).toEqual([]);
      expect(missingLabels(pathDiagram(content, model), svgTextLines(svgs[1]!.toString()))).toEqual([]);
    }
  });

  it('links every stage in a diagram to its section and every tool to its page, as the text equivalent does', () => {
    for (const model of content.models) {
      const p = page(model.path);
      const diagram = pathDiagram(content, model);
      const svgLinks = p.dom.querySelectorAll('svg.diagram a').map((a) => a.getAttribute('href')!);
      for (const stage of diagram.stages) {
        const anchor = stage.path.split('#')[1]!;
        expect(svgLinks).toContain(`${site.base.replace(/\/$/, '')}${model.path}#${anchor}`);
        expect(p.dom.querySelector(`#${anchor}`), anchor).not.toBeNull();
      }
      // Every link of the picture is also a link in the page's text, where keyboards and screen readers reach it.
      const textLinks = new Set(p.dom.querySelectorAll('main a:not(svg a)').map((a) => a.getAttribute('href')!.replace(/#.*$/, '')));
      const self = `${site.base.replace(/\/$/, '')}${model.path}`;
      for (const href of svgLinks.filter((h) => !h.startsWith(`${self}#`))) expect(textLinks.has(href.replace(/#.*$/, '')), href).toBe(true);
      expect(svgLinks.filter((h) => !h.startsWith(`${self}#`)).length).toBeGreaterThan(0);
    }
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
  });
});
