// The layering of CONVENTIONS.md ("Layout shows the architecture") as rules that fail `npm run lint`.
// dependency-cruiser 18 cannot read .astro files (sverweij/dependency-cruiser#1007), so the imports
// of pages, components and layouts written in .astro are checked by ESLint (eslint.config.js).

/** The feature folders: src/lib/<feature>/, above content and the small shared pieces. */
const FEATURES = '(agenda|checklists|decks|directory|home|readthrough|search|sync|slack-import)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'content-is-the-ground-floor',
      comment:
        'src/lib/content/ imports only content, the schemas, i18n, calendar, text, serve and packages: ' +
        'never a feature, content-check, src/data or the build integrations.',
      severity: 'error',
      from: { path: '^src/lib/content/' },
      to: {
        pathNot: '^(src/lib/(content|calendar|text|serve)/|src/schemas/|src/i18n/|node_modules/)',
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'features-stay-below-content-check-and-entry-points',
      comment:
        'A feature never imports the whole-organisation check (src/lib/content-check/), the CLI entry ' +
        'points (scripts/) or the fakes and benchmark drivers (tools/).',
      severity: 'error',
      from: { path: `^src/lib/${FEATURES}/` },
      to: { path: '^(src/lib/content-check/|scripts/|tools/)' },
    },
    {
      name: 'src-never-imports-tests-or-tools',
      comment:
        'Product code never depends on the tests or on tools/ (fakes, synthetic organisations, bench).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|tools)/' },
    },
    {
      name: 'pages-never-import-sync-or-agenda-store',
      comment:
        'Pages, components and layouts render what src/lib computed; the sync and the private agenda ' +
        'store write files and never belong in a build. (.astro files: see eslint.config.js.)',
      severity: 'error',
      from: { path: '^src/(pages|components|layouts)/' },
      to: { path: '^src/lib/(sync|agenda/store)/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycle between files.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-between-folders',
      comment:
        'No import cycle between the folders of src/lib (a feature and the feature it builds on, or ' +
        'two sub-folders of one feature): the layers only point down.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/lib/' },
      to: { path: '^src/lib/', circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^tests/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
