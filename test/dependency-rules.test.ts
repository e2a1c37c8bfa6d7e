import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

// The rule set `npm run lint` applies, run on small fixture trees laid out like this repo.
const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as {
  forbidden: unknown[];
};
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Writes `files` into a fresh folder and returns the rule names broken, as `rule from -> to`. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dep-rules-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const roots = [...new Set(Object.keys(files).map((p) => p.split('/')[0] as string))];
  const { output } = await cruise(
    roots,
    {
      ruleSet: { forbidden: config.forbidden } as never,
      validate: true,
      tsPreCompilationDeps: true,
      baseDir: dir,
      outputType: 'json',
    },
    { extensions: ['.ts', '.tsx'] },
  );
  const result = (typeof output === 'string' ? JSON.parse(output) : output) as {
    summary: { violations: Violation[] };
  };
  return result.summary.violations.map((v) => `${v.rule.name} ${v.from} -> ${v.to}`).sort();
}

describe('the dependency rules', () => {
  it('accept a tree whose imports only go down the tiers', async () => {
    expect(
      await violations({
        'src/kernel/ports.ts': 'export interface Clock { now(): Date }\n',
        'src/domain/taxonomy/index.ts': 'export const skills = [];\n',
        'src/domain/accounts/index.ts':
          "import { skills } from '../taxonomy/index.ts';\nimport type { Clock } from '../../kernel/ports.ts';\nexport const n = skills.length;\nexport type C = Clock;\n",
        'src/domain/radar/index.ts':
          "import { n } from '../accounts/index.ts';\nexport const m = n;\n",
        'src/domain/flows/index.ts':
          "import { m } from '../radar/index.ts';\nexport const f = m;\n",
        'src/llm/types.ts':
          "import type { Clock } from '../kernel/ports.ts';\nexport type L = Clock;\n",
        'src/shared/radar.ts': 'export const R = 1;\n',
        'web/src/app.tsx': "import { R } from '../../src/shared/radar.ts';\nexport const W = R;\n",
      }),
    ).toEqual([]);
  });

  it('fail on a cycle made only of type imports', async () => {
    expect(
      await violations({
        'src/domain/paths/a.ts': "import type { B } from './b.ts';\nexport type A = { b?: B };\n",
        'src/domain/paths/b.ts': "import type { A } from './a.ts';\nexport type B = { a?: A };\n",
      }),
    ).toEqual(['no-circular src/domain/paths/a.ts -> src/domain/paths/b.ts']);
  });

  it('fail when a lower tier imports a higher one, or a capability of its own tier', async () => {
    const found = await violations({
      'src/domain/accounts/index.ts':
        "import type { P } from '../radar/index.ts';\nexport type A = P;\n",
      'src/domain/radar/index.ts': 'export type P = string;\n',
      'src/domain/peers/index.ts':
        "import type { G } from '../progress/index.ts';\nexport type Q = G;\n",
      'src/domain/progress/index.ts': 'export type G = number;\n',
    });
    expect(found).toEqual([
      'domain-tier-order src/domain/accounts/index.ts -> src/domain/radar/index.ts',
      'domain-tier-order src/domain/peers/index.ts -> src/domain/progress/index.ts',
    ]);
  });

  it('fail when the kernel, the model layer or the store reaches up into the domain', async () => {
    const found = await violations({
      'src/domain/ctx.ts': 'export interface Logger { info(m: string): void }\n',
      'src/kernel/ports.ts':
        "import type { Logger } from '../domain/ctx.ts';\nexport type L = Logger;\n",
      'src/llm/offline.ts':
        "import type { Logger } from '../domain/ctx.ts';\nexport type M = Logger;\n",
      'src/store/repo.ts':
        "import type { Logger } from '../domain/ctx.ts';\nexport type S = Logger;\n",
    });
    expect(found).toEqual([
      'kernel-imports-nothing-of-ours src/kernel/ports.ts -> src/domain/ctx.ts',
      'store-and-llm-import-no-domain src/llm/offline.ts -> src/domain/ctx.ts',
      'store-and-llm-import-no-domain src/store/repo.ts -> src/domain/ctx.ts',
    ]);
  });

  it('fail when the web imports more than src/shared, a capability skips an index, a folder has no tier', async () => {
    const found = await violations({
      'src/domain/radar/index.ts': "export { x } from './inner.ts';\n",
      'src/domain/radar/inner.ts': 'export const x = 1;\n',
      'src/domain/paths/plan.ts': "import { x } from '../radar/inner.ts';\nexport const y = x;\n",
      'web/src/page.tsx':
        "import { x } from '../../src/domain/radar/index.ts';\nexport const z = x;\n",
      // A new domain folder must be given a tier before it may import anything.
      'src/domain/widgets/index.ts':
        "import { x } from '../radar/index.ts';\nexport const w = x;\n",
    });
    expect(found).toEqual([
      'domain-folder-known src/domain/widgets/index.ts -> src/domain/radar/index.ts',
      'domain-through-index src/domain/paths/plan.ts -> src/domain/radar/inner.ts',
      'web-imports-only-shared web/src/page.tsx -> src/domain/radar/index.ts',
    ]);
  });
});
