/**
 * Share cards (Open Graph / Twitter images) at the end of `astro build`: one
 * PNG per distinct card in dist/karty/, made from the descriptions of the
 * site's pages (the same the layout writes the meta tags from), cached
 * between builds. `astro dev` makes none: the pages there name
 * cards that only a build writes (a card cannot be rebuilt from its key).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inStep } from '../build/steps.ts';
import { timePhase } from '../build/timings.ts';
import { buildShareCards, cacheRoot } from '../cards/render.ts';
import { cardSource } from '../cards/source.ts';
import { getContent } from '../content/index.ts';
import { fileSize } from '../content/downloads.ts';
import { NOUNS, countOf, pluralForm } from '../typography/plural.ts';

const NEW = { one: 'nowa', few: 'nowe', many: 'nowych' };

export default function shareCards(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'kooperacje:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': inStep('karty do udostępniania (sharp)', async ({ dir, logger }) => {
        const source = await cardSource(getContent(), cacheRoot(root));
        const s = await timePhase('cards', () => buildShareCards({ dir: fileURLToPath(dir), ...source }));
        const time = s.ms < 1000 ? `${s.ms} ms` : `${(s.ms / 1000).toFixed(1).replace('.', ',')} s`;
        logger.info(`Karty: ${countOf(s.pages, NOUNS.page)}, ${countOf(s.cards, NOUNS.card)}, ${s.rendered} ${pluralForm(s.rendered, NEW)} (${time}), ${fileSize(s.bytes)}`);
      }),
    },
  };
}
