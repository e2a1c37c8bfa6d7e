import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Bundles by entry (file URL): each module graph is bundled once per process. */
const bundles = new Map<string, Promise<URL>>();
/** Bundles run one at a time, so stopping esbuild's service after one never cuts another. */
let queue: Promise<unknown> = Promise.resolve();

const BUILTINS = new Set(builtinModules);

/**
 * This user's folder for bundles: one per user, private (0700, owned by this user, not a link),
 * so no other user can place code there; bundles are named by their content's hash, so
 * processes share them and a changed module gets a new file. Throws when the folder is not
 * private (bundling then fails and the worker runs through tsx).
 */
function bundleFolder(): string {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `skilltrace-workers-${uid ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  if (
    !st.isDirectory() ||
    st.isSymbolicLink() ||
    (uid !== undefined && st.uid !== uid) ||
    (st.mode & 0o077) !== 0
  ) {
    throw new Error(`${dir} is not a private folder of this user`);
  }
  return dir;
}

/**
 * A module's source with `import.meta.url`, `.dirname` and `.filename` written out as the values
 * they have in the module's own file: bundled, it still finds the data files beside it.
 */
export function pinImportMeta(source: string, file: string): string {
  return source
    .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href))
    .replaceAll('import.meta.dirname', JSON.stringify(dirname(file)))
    .replaceAll('import.meta.filename', JSON.stringify(file));
}

/**
 * Bundles the TypeScript module graph at `entry` into one ES module file in this user's
 * bundle folder: our modules inlined with their `import.meta` pinned, packages and builtins left
 * as imports of their resolved files, so the bundle runs from anywhere (stack traces name
 * `<folder>/<entry>-<hash>.mjs`). Rejects when esbuild is missing or a module does not compile.
 */
async function bundle(entry: URL): Promise<URL> {
  const esbuild = await import('esbuild');
  try {
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      plugins: [
        {
          name: 'skilltrace-module-worker',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, async (a) => {
              if (a.path.startsWith('node:') || BUILTINS.has(a.path)) {
                return { path: a.path, external: true };
              }
              if (a.pluginData === 'resolving') return undefined;
              const r = await b.resolve(a.path, {
                kind: a.kind,
                resolveDir: a.resolveDir,
                importer: a.importer,
                pluginData: 'resolving',
              });
              if (r.errors.length > 0 || !r.path) return { errors: r.errors };
              return { path: pathToFileURL(r.path).href, external: true };
            });
            b.onLoad({ filter: /\.[cm]?tsx?$/ }, async (a) => ({
              loader: a.path.endsWith('x') ? 'tsx' : 'ts',
              contents: pinImportMeta(await readFile(a.path, 'utf8'), a.path),
            }));
          },
        },
      ],
    });
    const text = out.outputFiles?.[0]?.text;
    if (text === undefined) throw new Error(`esbuild wrote nothing for ${entry.href}`);
    const name = basename(entry.pathname).replace(/\.[^.]+$/, '');
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const file = join(bundleFolder(), `${name}-${hash}.mjs`);
    if (!existsSync(file)) await writeWhole(file, text);
    const inputs = [
      ...Object.keys(out.metafile?.inputs ?? {}).map((k) => resolve(k)),
      ...packageFiles(fileURLToPath(entry)),
    ];
    await writeWhole(
      manifestFile(entry),
      JSON.stringify({
        entry: entry.href,
        bundle: file,
        inputs: await Promise.all(inputs.map(stamp)),
      } satisfies Manifest),
    );
    return pathToFileURL(file);
  } finally {
    // esbuild's service process would otherwise stay for the life of the server.
    await esbuild.stop();
  }
}

/** Written whole, then renamed: a reader never sees half a file. */
async function writeWhole(file: string, text: string): Promise<void> {
  const part = `${file}.${process.pid}.part`;
  await writeFile(part, text, { mode: 0o600 });
  await rename(part, file);
}

/**
 * What a bundle was made from: every module esbuild read (with its modification time and
 * size) and the package's manifest and lockfile (packages stay imports of their resolved
 * files, so an install that moves one makes a new bundle).
 */
interface Manifest {
  entry: string;
  bundle: string;
  inputs: { path: string; mtimeMs: number; size: number }[];
}

/** The manifest of `entry`'s bundle, in this user's bundle folder (one per entry file). */
function manifestFile(entry: URL): string {
  const key = createHash('sha256').update(entry.href).digest('hex').slice(0, 16);
  return join(bundleFolder(), `${basename(entry.pathname).replace(/\.[^.]+$/, '')}-${key}.json`);
}

async function stamp(path: string): Promise<Manifest['inputs'][number]> {
  const st = await stat(path);
  return { path, mtimeMs: st.mtimeMs, size: st.size };
}

/** package.json and package-lock.json of the nearest package above `file`, those that exist. */
function packageFiles(file: string): string[] {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')))
      return ['package.json', 'package-lock.json']
        .map((f) => join(dir, f))
        .filter((f) => existsSync(f));
    if (dirname(dir) === dir) return [];
  }
}

/**
 * The bundle an earlier process made of `entry`, when nothing it was made from has changed
 * since (same modification time and size of every input): a process then starts its first
 * worker without running esbuild (~60 ms a bundle, and its service process). Undefined when
 * there is none or anything differs.
 */
async function reusable(entry: URL): Promise<URL | undefined> {
  try {
    const m = JSON.parse(await readFile(manifestFile(entry), 'utf8')) as Manifest;
    if (m.entry !== entry.href || !existsSync(m.bundle) || !m.inputs.length) return undefined;
    for (const i of m.inputs) {
      const now = await stamp(i.path);
      if (now.mtimeMs !== i.mtimeMs || now.size !== i.size) return undefined;
    }
    return pathToFileURL(m.bundle);
  } catch {
    return undefined;
  }
}

/**
 * `entry` bundled: the bundle an earlier process made when nothing it was made from changed
 * (`reusable`), else a new one (`bundle`). Not cached in this process (`startModuleWorker` is).
 */
export async function bundleModule(entry: URL): Promise<URL> {
  return (await reusable(entry)) ?? bundle(entry);
}

function bundled(entry: URL): Promise<URL> {
  let hit = bundles.get(entry.href);
  if (!hit) {
    hit = queue.then(() => bundleModule(entry));
    queue = hit.catch(() => undefined);
    bundles.set(entry.href, hit);
    // A failed bundle is tried again next time (esbuild may have been busy or missing).
    hit.catch(() => bundles.delete(entry.href));
  }
  return hit;
}

/**
 * Starts a worker thread running the module at `entry` (a `.ts` file of ours): bundled once per
 * process into one plain ES module, so the worker loads no TypeScript loader and no loader
 * thread of its own (a worker through tsx took about twice as long to be ready). When it cannot
 * be bundled here, the module runs through tsx's loader instead, if tsx is installed; else
 * rejects. The caller owns the worker (its messages, errors and end).
 */
export async function startModuleWorker(entry: URL, options: WorkerOptions = {}): Promise<Worker> {
  if (!/\.[cm]?tsx?$/.test(entry.pathname)) return new Worker(entry, options);
  try {
    const file = await bundled(entry);
    // A bundle is plain JavaScript: the worker is spared tsx's loader, which it would inherit
    // from this process's flags (its start-up and hooks thread took ~0.17 s of a cold import).
    return new Worker(file, { execArgv: withoutTsx(process.execArgv), ...options });
  } catch (e) {
    let tsx: string;
    try {
      tsx = import.meta.resolve('tsx/esm/api');
    } catch {
      throw e;
    }
    return new Worker(
      `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`,
      { ...options, eval: true },
    );
  }
}

/**
 * `execArgv` without tsx's own flags (`--require …/tsx/…/preflight.cjs`, `--import …/tsx/…/
 * loader.mjs`, in either spelling): what a worker running plain JavaScript needs of this
 * process's flags. Other flags stay.
 */
export function withoutTsx(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  const isTsx = (v: string) => /[\\/]tsx[\\/]/.test(v);
  for (let i = 0; i < execArgv.length; i += 1) {
    const a = execArgv[i] as string;
    const joined = /^--(?:require|import|loader|experimental-loader)=(.*)$/.exec(a);
    if (joined && isTsx(joined[1] ?? '')) continue;
    if (/^(?:--require|-r|--import|--loader|--experimental-loader)$/.test(a)) {
      const v = execArgv[i + 1] ?? '';
      if (isTsx(v)) {
        i += 1;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
