import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/content/index.ts';
import { DIAGRAM_WIDTH, layoutPath, layoutStructure } from '../../src/graphics/diagram/layout.ts';
import { pathDiagram, shortStep, structureDiagram } from '../../src/graphics/diagram/model.ts';
import { textsOf, type Layout, type Shape } from '../../src/graphics/diagram/shapes.ts';
import { diagramSvg } from '../../src/diagrams/svg.ts';
import { textWidth } from '../../src/graphics/text.ts';
import { missingLabels, readingProblems, svgTextLines } from '../support/checks/diagram.ts';
import { validContent } from '../support/content.ts';

const real = validContent(resolve(import.meta.dirname, '../../content'));
/** Specific assertions use fixture content; the project's content is only checked for what holds of every model. */
const fixture = validContent(resolve(import.meta.dirname, '../fixtures/basic/content'));
const lines = (layout: Layout) => textsOf(layout.blocks.flatMap((b) => b.shapes));
const svgOf = (layout: Layout) => diagramSvg(layout, { id: 'x', title: 'Tytuł', summary: 'Opis' });

/** A copy of a model with its data changed. */
function withData(model: Model, change: (d: Model['data']) => Model['data']): Model {
  return { ...model, data: change(structuredClone(model.data)) };
}

describe('model diagrams', () => {
  it.each(real.models.map((m) => [m.slug, m] as const))('the structure diagram of %s shows every team, role, tier and sector of the model', (_slug, model) => {
    const diagram = structureDiagram(model);
    expect(diagram.tiers.flatMap((t) => t.nodes)).toHaveLength(model.data.struktury.length);
    expect(diagram.sectors).toHaveLength(model.data.sektory.length);
    expect(missingLabels(diagram, lines(layoutStructure(diagram)))).toEqual([]);
    expect(missingLabels(diagram, svgTextLines(svgOf(layoutStructure(diagram))))).toEqual([]);
  });

  it.each(real.models.map((m) => [m.slug, m] as const))('the path diagram of %s shows every stage and step in order, with the tools of each stage', (_slug, model) => {
    const diagram = pathDiagram(real, model);
    expect(diagram.stages.map((s) => s.id)).toEqual(model.data.etapy.map((e) => e.etap));
    expect(diagram.stages.flatMap((s) => s.steps.map((st) => st.text))).toEqual(model.data.etapy.flatMap((e) => e.kroki));
    expect(diagram.stages.some((s) => s.tools.length > 0)).toBe(true);
    const layout = layoutPath(diagram, (p) => p);
    expect(missingLabels(diagram, svgTextLines(svgOf(layout)))).toEqual([]);
    // The layout links each stage to its section and each tool to its page: the PDF keeps those links.
    const links = (shapes: readonly Shape[]): string[] => shapes.flatMap((s) => (s.kind === 'link' ? [s.href] : []));
    const hrefs = links(layout.blocks.flatMap((b) => b.shapes));
    for (const stage of diagram.stages) {
      expect(hrefs).toContain(`${model.path}#etap-${stage.id}`);
      for (const tool of stage.tools) expect(hrefs).toContain(tool.path);
    }
  });

  it('the check reports a team, a step and a tool the picture leaves out', () => {
    const model = fixture.models.find((m) => m.data.struktury.some((t) => t.skrot === 'PZK'))!;
    const structure = structureDiagram(model);
    const drawn = lines(layoutStructure(structure)).filter((l) => !l.includes('PZK'));
    expect(missingLabels(structure, drawn)).toEqual(['PZK']);
    const path = pathDiagram(fixture, model);
    const firstTool = path.stages.flatMap((s) => s.tools)[0]!.title;
    const pathLines = lines(layoutPath(path, (p) => p)).join('\n').replace(path.stages[0]!.steps[0]!.short.split(' ')[0]!, 'XXX').replace(firstTool.split(' ').at(-1)!, 'YYY').split('\n');
    expect(missingLabels(path, pathLines)).toEqual(expect.arrayContaining([path.stages[0]!.steps[0]!.short, firstTool]));
  });

  it('changes when the model’s data changes: a new team appears, a removed stage disappears', () => {
    const model = fixture.models[0]!;
    const gone = model.data.etapy.at(-1)!.etap;
    const changed = withData(model, (d) => ({
      ...d,
      struktury: [...d.struktury, { nazwa: 'Zespół Próbny Szczebla Powiatu', skrot: 'ZPSP', szczebel: 'powiat', opis: 'Opis.' }],
      etapy: d.etapy.filter((e) => e.etap !== gone),
    }));
    const before = svgOf(layoutStructure(structureDiagram(model)));
    const after = svgOf(layoutStructure(structureDiagram(changed)));
    expect(before).not.toContain('ZPSP');
    expect(after).toContain('ZPSP');
    const goneLabel = pathDiagram(fixture, model).stages.at(-1)!.label;
    expect(svgOf(layoutPath(pathDiagram(fixture, model), (p) => p))).toContain(`>${goneLabel}<`);
    expect(svgOf(layoutPath(pathDiagram(fixture, changed), (p) => p))).not.toContain(`>${goneLabel}<`);
  });

  it('is one titled, described image without links: its text equivalent holds them, so each target is one tab stop', () => {
    const path = diagramSvg(layoutPath(pathDiagram(real, real.models[0]!), (p) => p), { id: 'schemat-a', title: 'Etapy & kroki', summary: 'Opis <skrót>' });
    expect(path).toMatch(/^<svg [^>]*role="img" aria-labelledby="schemat-a-tytul" aria-describedby="schemat-a-opis"/);
    expect(path).toContain('<title id="schemat-a-tytul">Etapy &amp; kroki</title><desc id="schemat-a-opis">Opis &lt;skrót&gt;</desc>');
    expect(path).not.toMatch(/<a\b|tabindex|href=/);
    const structure = diagramSvg(layoutStructure(structureDiagram(real.models[0]!)), { id: 'schemat-b', title: 'Struktura', summary: 'Opis' });
    expect(structure).toMatch(/^<svg [^>]*role="img" aria-labelledby="schemat-b-tytul" aria-describedby="schemat-b-opis"/);
    expect(structure).not.toMatch(/<a\b/);
  });

  it.each(real.models.map((m) => [m.slug, m] as const))('the pictures of %s read as sentences: wrapped lines keep their spaces and each stage’s number comes before it', (_slug, model) => {
    const path = pathDiagram(real, model);
    const structure = structureDiagram(model);
    const pathSvg = svgOf(layoutPath(path, (p) => p));
    const structureSvg = svgOf(layoutStructure(structure));
    // Both pictures wrap lines, so the check has something to find.
    expect(pathSvg).toContain('<tspan');
    expect(structureSvg).toContain('<tspan');
    expect(readingProblems(path, pathSvg)).toEqual([]);
    expect(readingProblems(structure, structureSvg)).toEqual([]);
  });

  it('the reading check reports words run together across lines and a number read after its stage', () => {
    const path = pathDiagram(real, real.models[0]!);
    const layout = layoutPath(path, (p) => p);
    const svg = svgOf(layout);
    const texts = (shapes: readonly Shape[]): Extract<Shape, { kind: 'text' }>[] =>
      shapes.flatMap((s) => (s.kind === 'text' ? [s] : s.kind === 'link' ? texts(s.shapes) : []));
    const same = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');
    const tools = path.stages.flatMap((s) => s.tools.map((t) => t.title));
    const wrapped = texts(layout.blocks.flatMap((b) => b.shapes)).find((t) => t.lines.length > 1 && tools.some((title) => same(title, t.lines.join(' '))))!;
    const title = tools.find((t) => same(t, wrapped.lines.join(' ')))!;
    // Without the space kept at the end of each wrapped line, the words at the break run together.
    const glued = svg.replace(/ (<tspan|<\/tspan>)/g, '$1');
    expect(readingProblems(path, glued)).toContain(`words run together: „${title}”`);
    const first = path.stages[0]!;
    const late = svg.replace(`>${first.number}</text>`, '></text>').replace('</svg>', `<text>${first.number}</text></svg>`);
    expect(readingProblems(path, late)).toEqual([`number after its stage: „${first.number} ${first.label}”`]);
  });

  it('keeps every line of text inside the picture’s width', () => {
    const texts = (shapes: readonly Shape[]): Extract<Shape, { kind: 'text' }>[] =>
      shapes.flatMap((s) => (s.kind === 'text' ? [s] : s.kind === 'link' ? texts(s.shapes) : []));
    for (const model of real.models) {
      for (const layout of [layoutStructure(structureDiagram(model)), layoutPath(pathDiagram(real, model), (p) => p)]) {
        const all = texts(layout.blocks.flatMap((b) => b.shapes));
        const widest = Math.max(...all.flatMap((t) => t.lines.map((l) => t.x + textWidth(l, t.size, t.bold ? 'bold' : 'regular'))));
        expect(widest).toBeLessThan(DIAGRAM_WIDTH - 16);
        expect(layout.blocks.at(-1)!.bottom).toBeLessThan(layout.height);
      }
    }
  });

  it('shortens a step to its first clause for the picture, and long clauses at a word', () => {
    expect(shortStep('Wybór gmin do pilotażu według kryteriów – w województwie świętokrzyskim liczył się dochód.')).toBe('Wybór gmin do pilotażu według kryteriów');
    expect(shortStep('Ewaluacja metodą grup fokusowych.')).toBe('Ewaluacja metodą grup fokusowych');
    expect(shortStep('Krótko – i dalej')).toBe('Krótko – i dalej');
    const long = shortStep('Uzgodnienie usług tak, aby były skoordynowane i się nie dublowały, a potrzeby rodziny zaspokajała sieć współpracy instytucji');
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(91);
  });
});
