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
  ['flows'],
  // The demo seeds every capability and removes expired copies through the account flows.
  ['demo'],
];

const folder = (names) => `^src/domain/(${names.join('|')})/`;
const TEST = '\\.test\\.tsx?$';

/** A rule on the non-test files under `fromPath` (tests may import across layers). */
const rule = (name, comment, fromPath, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: fromPath, pathNot: TEST },
  to,
});

const tierRules = TIERS.flatMap((tier, i) => {
  const above = TIERS.slice(i + 1).flat();
  const order = above.length
    ? [
        rule('domain-tier-order', `${tier} may not import ${above}`, folder(tier), {
          path: folder(above),
        }),
      ]
    : [];
  const sameTier = tier
    .filter(() => tier.length > 1)
    .map((name) => {
      const others = tier.filter((n) => n !== name);
      return rule(
        'domain-tier-order',
        `${name} may not import ${others} (same tier)`,
        folder([name]),
        {
          path: folder(others),
        },
      );
    });
  return [...order, ...sameTier];
});

const SQL_OR_MODEL = '(kysely|pg|pg-boss|@electric-sql/pglite|ai|@ai-sdk/[^/]+)';
const OUTER = '^(src/(server|jobs)/|src/app\\.ts$|web/|cli/)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circles at any scale (type-only imports and tests included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    rule(
      'domain-folder-known',
      'Every domain folder has a tier in .dependency-cruiser.cjs (TIERS).',
      `^src/domain/(?!(${TIERS.flat().join('|')})/)[^/]+/`,
      {},
    ),
    ...tierRules,
    rule(
      'kernel-imports-nothing-of-ours',
      'src/kernel imports only itself and packages.',
      '^src/kernel/',
      {
        dependencyTypesNot: ['npm', 'core'],
        pathNot: '^src/kernel/',
      },
    ),
    rule(
      'store-and-llm-import-no-domain',
      'store and llm implement kernel ports; they never import domain, server, jobs, web, cli or app.',
      '^src/(store|llm)/',
      { path: OUTER.replace('server|jobs', 'domain|server|jobs') },
    ),
    rule(
      'shared-imports-nothing-of-ours',
      'src/shared is safe for the browser: only itself and packages, no node: builtins.',
      '^src/shared/',
      { pathNot: '^src/shared/|node_modules' },
    ),
    rule(
      'web-imports-only-shared',
      'The web app talks to the server over HTTP; of ours it imports only src/shared.',
      '^web/',
      { path: '^(src|cli|test|bench|eval|scripts)/', pathNot: '^src/shared/' },
    ),
    rule(
      'domain-through-index',
      'A capability reaches another only through its index.ts.',
      '^src/domain/([^/]+)/',
      {
        path: '^src/domain/[^/]+/',
        pathNot: ['^src/domain/$1/', '^src/domain/[^/]+/index\\.ts$'],
      },
    ),
    rule(
      'domain-no-outer-layers',
      'The domain never imports server, cli, web, jobs or app.ts.',
      '^src/domain/',
      {
        path: OUTER,
      },
    ),
    rule(
      'domain-no-sql-or-model',
      'Domain code gets the store and model through ctx; type-only imports allowed.',
      '^src/domain/',
      {
        path: ['^src/(store|llm)/', `^node_modules/${SQL_OR_MODEL}/`],
        dependencyTypesNot: ['type-only'],
      },
    ),
    rule(
      'outer-layers-no-sql-or-model',
      'server, cli and jobs reach the store and model only through domain verbs (and app.ts).',
      '^(src/(server|jobs)|cli)/',
      // pg-boss is the jobs layer's own queue driver.
      {
        path: ['^src/(store|llm)/', `^node_modules/${SQL_OR_MODEL.replace('|pg-boss', '')}/`],
        dependencyTypesNot: ['type-only'],
      },
    ),
    rule(
      'only-app-constructs',
      'Only app.ts (and test, bench, eval helpers) constructs concrete stores and models.',
      `^(?!src/app\\.ts$|src/store/|src/llm/|test/|bench/|eval/)`,
      { path: '^src/(store/open-store|llm/create-llm)\\.ts$', dependencyTypesNot: ['type-only'] },
    ),
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
