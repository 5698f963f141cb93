/**
 * Which src/ folder may import which. The layers below are the single
 * statement of the architecture: a folder imports only folders of lower
 * layers; folders of the same layer never import one another. `npm run lint`
 * checks every TypeScript module with dependency-cruiser and every .astro
 * component through scripts/dependency-lint.ts, against these same rules.
 */

/** Bottom to top. */
export const LAYERS = [
  { name: 'words and vocabularies', folders: ['domain', 'styles', 'build'] },
  { name: 'text', folders: ['typography'] },
  { name: 'safety', folders: ['safety'] },
  { name: 'content', folders: ['content'] },
  { name: 'drawing', folders: ['graphics'] },
  { name: 'images', folders: ['images'] },
  { name: 'features', folders: ['site', 'search', 'toolkit', 'cards', 'diagrams', 'cms'] },
  { name: 'page frame', folders: ['layouts'] },
  { name: 'composition', folders: ['pages', 'integrations'] },
];

const folder = (name) => (name.endsWith('.ts') ? `^src/${name.replace('.', '[.]')}$` : `^src/${name}/`);
const any = (names) => `(${names.map(folder).join('|')})`;

const layerRules = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(index + 1).flatMap((l) => l.folders);
  const rules = [];
  if (above.length > 0) {
    rules.push({
      name: `layer-${index}-imports-down`,
      comment: `${layer.name} (${layer.folders.join(', ')}) imports only lower layers`,
      severity: 'error',
      from: { path: any(layer.folders) },
      to: { path: any(above) },
    });
  }
  for (const own of layer.folders) {
    const siblings = layer.folders.filter((f) => f !== own);
    if (siblings.length === 0) continue;
    rules.push({
      name: `no-sibling-import-${own.replace('.ts', '')}`,
      comment: `${own} does not import the other folders of its layer (${siblings.join(', ')})`,
      severity: 'error',
      from: { path: folder(own) },
      to: { path: any(siblings) },
    });
  }
  return rules;
});

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module imports itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-does-not-import-scripts-or-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^[.]' },
    },
    {
      name: 'cms-reads-content-and-domain-only',
      comment: 'The editors’ form is generated from the content registry and schemas and the vocabularies, nothing else.',
      severity: 'error',
      from: { path: '^src/cms/' },
      to: { path: '^src/', pathNot: '^src/(cms|content|domain)/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.build)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json'] },
  },
};
