/**
 * The dependency-direction rule of STYLE.md, enforced by `npm run lint`.
 * Reads every import in src/, cli/, web/ and jobs, and fails naming each import that breaks a rule.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const SQL_OR_MODEL_PACKAGES = /^(kysely|pg|pg-boss|@electric-sql\/pglite|ai|@ai-sdk\/.*)$/;

function walk(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

type Imp = { spec: string; typeOnly: boolean; target: string | undefined };

function importsOf(file: string): Imp[] {
  const text = readFileSync(file, 'utf8');
  const out: Imp[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4];
    if (!spec) continue;
    const target = spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : undefined;
    out.push({ spec, typeOnly: Boolean(m[2]), target });
  }
  return out;
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const under = (p: string | undefined, prefix: string) =>
  p !== undefined && (p === prefix || p.startsWith(`${prefix}/`));

/** Returns a message when `imp` from `file` (repo-relative) breaks a rule. */
function check(file: string, imp: Imp): string | undefined {
  const t = imp.target;
  if (isTest(file)) return undefined;
  if (under(file, 'src/shared')) {
    if (t && !under(t, 'src/shared')) return 'shared imports nothing of ours';
    if (!t && imp.spec.startsWith('node:'))
      return 'shared must stay browser-safe (no node: imports)';
  }
  if (under(file, 'web')) {
    if (t && !under(t, 'web') && !under(t, 'src/shared')) return 'web imports only src/shared';
  }
  if (under(file, 'src/domain')) {
    if (!t && SQL_OR_MODEL_PACKAGES.test(imp.spec) && !imp.typeOnly)
      return 'domain code has no SQL or model calls (use ctx.store / ctx.llm)';
    if (
      t &&
      ['src/server', 'cli', 'web', 'src/jobs', 'src/app.ts'].some(
        (p) => under(t, p.replace(/\.ts$/, '')) || t === p,
      )
    )
      return 'domain never imports server, cli, web, jobs or app';
    if (t && (under(t, 'src/store') || under(t, 'src/llm')) && !imp.typeOnly)
      return 'domain receives store and model through ctx (type-only imports allowed)';
    const own = file.split('/').slice(0, 3).join('/');
    if (
      t &&
      under(t, 'src/domain') &&
      !under(t, own) &&
      !/^src\/domain\/[^/]+\/index\.ts$/.test(t) &&
      t !== 'src/domain/ctx.ts'
    ) {
      return 'other capabilities only through their index.ts';
    }
  }
  if (under(file, 'src/store') || under(file, 'src/llm')) {
    if (t && (under(t, 'src/server') || under(t, 'web') || under(t, 'cli')))
      return 'store and llm never import server, web or cli';
    if (t && under(t, 'src/domain') && !imp.typeOnly)
      return 'store and llm never import domain values';
  }
  if (under(file, 'src/server') || under(file, 'cli') || under(file, 'src/jobs')) {
    if (
      !t &&
      SQL_OR_MODEL_PACKAGES.test(imp.spec) &&
      !imp.typeOnly &&
      !(under(file, 'src/jobs') && imp.spec === 'pg-boss')
    )
      return 'server, cli and jobs never write SQL or call a model directly';
    if (t && (under(t, 'src/store') || under(t, 'src/llm')) && !imp.typeOnly)
      return 'server, cli and jobs reach the store and model only through domain verbs (and app.ts)';
  }
  if (t && (t === 'src/store/open-store.ts' || t === 'src/llm/create-llm.ts') && !imp.typeOnly) {
    const allowed =
      file === 'src/app.ts' ||
      under(file, 'test') ||
      under(file, 'bench') ||
      under(file, 'eval') ||
      under(file, 'src/store') ||
      under(file, 'src/llm');
    if (!allowed) return 'only app.ts constructs concrete stores and models';
  }
  return undefined;
}

const files = ['src', 'cli', 'web']
  .flatMap((d) => walk(join(root, d)))
  .map((f) => relative(root, f));
const problems: string[] = [];
for (const f of files) {
  for (const imp of importsOf(join(root, f))) {
    const why = check(f, imp);
    if (why) problems.push(`${f}: import '${imp.spec}': ${why}`);
  }
}
if (problems.length) {
  process.stderr.write(
    `Dependency direction (STYLE.md) broken in ${problems.length} place(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(`Dependency direction holds across ${files.length} files.\n`);
