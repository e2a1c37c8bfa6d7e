/**
 * The dependency rules of STYLE.md, enforced by `npm run lint` (dependency-cruiser 17).
 * Type-only imports count everywhere: a type cycle is still a cycle, and a type import still
 * ties a lower layer to a higher one. `dependency-rules.test.ts` shows each rule failing.
 */

// Domain capabilities from the bottom up: a capability imports only from tiers below it
// (and its own folder). Capabilities sharing a tier do not import each other.
const TIERS = [
  ['taxonomy'],
  ['accounts'],
  ['notifications'],
  ['verify'],
  ['radar'],
  ['evidence'],
  ['paths'],
  ['practice'],
  ['progress', 'peers'],
  ['flows', 'demo'],
];

const folder = (names) => `^src/domain/(${names.join('|')})/`;
const TEST = '\\.test\\.tsx?$';

const tierRules = TIERS.flatMap((tier, i) => {
  const above = TIERS.slice(i + 1).flat();
  const rules = [];
  if (above.length)
    rules.push({
      name: 'domain-tier-order',
      comment: `${tier.join(', ')} may not import a higher tier (${above.join(', ')})`,
      severity: 'error',
      from: { path: folder(tier), pathNot: TEST },
      to: { path: folder(above) },
    });
  for (const name of tier) {
    const peers = tier.filter((n) => n !== name);
    if (peers.length)
      rules.push({
        name: 'domain-tier-order',
        comment: `${name} may not import ${peers.join(', ')} (same tier)`,
        severity: 'error',
        from: { path: folder([name]), pathNot: TEST },
        to: { path: folder(peers) },
      });
  }
  return rules;
});

const SQL_OR_MODEL = '^(kysely|pg|pg-boss|@electric-sql/pglite|ai|@ai-sdk/.*)$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circles at any scale (type-only imports included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-folder-known',
      comment: 'Every domain folder has a tier in .dependency-cruiser.cjs (TIERS).',
      severity: 'error',
      from: { path: '^src/domain/[^/]+/', pathNot: `${folder(TIERS.flat())}|${TEST}` },
      to: {},
    },
    ...tierRules,
    {
      name: 'kernel-imports-nothing-of-ours',
      comment: 'src/kernel is below everything: it imports only itself and packages.',
      severity: 'error',
      from: { path: '^src/kernel/', pathNot: TEST },
      to: { dependencyTypesNot: ['npm', 'core'], pathNot: '^src/kernel/' },
    },
    {
      name: 'store-and-llm-import-no-domain',
      comment:
        'store and llm implement kernel ports; they never import domain, server, jobs, web, cli or app.',
      severity: 'error',
      from: { path: '^src/(store|llm)/', pathNot: TEST },
      to: { path: '^(src/(domain|server|jobs)/|src/app\\.ts$|web/|cli/)' },
    },
    {
      name: 'shared-imports-nothing-of-ours',
      comment: 'src/shared is safe for the browser: only itself and packages, no node: builtins.',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: TEST },
      to: { pathNot: '^src/shared/|node_modules' },
    },
    {
      name: 'web-imports-only-shared',
      comment: 'The web app talks to the server over HTTP; of ours it imports only src/shared.',
      severity: 'error',
      from: { path: '^web/', pathNot: TEST },
      to: { path: '^(src|cli|test|bench|eval|scripts)/', pathNot: '^src/shared/' },
    },
    {
      name: 'domain-through-index',
      comment: 'A capability reaches another only through its index.ts.',
      severity: 'error',
      from: { path: '^src/domain/([^/]+)/', pathNot: TEST },
      to: {
        path: '^src/domain/[^/]+/',
        pathNot: ['^src/domain/$1/', '^src/domain/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'domain-no-outer-layers',
      comment: 'The domain never imports server, cli, web, jobs or app.ts.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: TEST },
      to: { path: '^(src/(server|jobs)/|src/app\\.ts$|web/|cli/)' },
    },
    {
      name: 'domain-no-sql-or-model',
      comment: 'Domain code gets the store and model through ctx; type-only imports allowed.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: TEST },
      to: {
        path: ['^src/(store|llm)/', `^node_modules/(${SQL_OR_MODEL.slice(2, -2)})/`],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'outer-layers-no-sql-or-model',
      comment:
        'server, cli and jobs reach the store and model only through domain verbs (and app.ts).',
      severity: 'error',
      from: { path: '^(src/(server|jobs)|cli)/', pathNot: TEST },
      to: {
        path: [
          '^src/(store|llm)/',
          '^node_modules/(kysely|pg|@electric-sql/pglite|ai|@ai-sdk/[^/]+)/',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'only-app-constructs',
      comment: 'Only app.ts (and test, bench, eval helpers) constructs concrete stores and models.',
      severity: 'error',
      from: { pathNot: `^(src/app\\.ts$|src/store/|src/llm/|test/|bench/|eval/)|${TEST}` },
      to: {
        path: '^src/(store/open-store|llm/create-llm)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '(^|/)dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
};
