import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content/markdown.ts';
import { renderMarkdown } from '../../src/site/lib/markdown-html.ts';

const render = (md: string) => renderMarkdown(parseMarkdown(md), '/').html;
const table = '| Działanie | Termin |\n| --- | --- |\n|  |  |';

describe('tables in the site’s Markdown', () => {
  it('sit in a focusable region named by their number and nearest heading, so a wide table scrolls by itself on a phone', () => {
    const html = render(`## Plan\n\n${table}\n\n### Działania\n\n${table}\n\n${table}`);
    expect(html.match(/<section class="scroll" aria-label="[^"]*" tabindex="0"><table class="tabela">/g)).toHaveLength(3);
    expect([...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1])).toEqual(['Tabela 1 – Plan', 'Tabela 2 – Działania', 'Tabela 3 – Działania']);
  });

  it('are named by their number alone when no heading comes before them', () => {
    expect(render(`${table}\n\n## Dalej`)).toContain('<section class="scroll" aria-label="Tabela 1" tabindex="0"><table class="tabela">');
  });

  it('leave the rest of the body unwrapped', () => {
    const html = render('## Plan\n\nTekst.\n\n- punkt');
    expect(html).not.toContain('<section');
    expect(html).not.toContain('tabindex');
  });
});
