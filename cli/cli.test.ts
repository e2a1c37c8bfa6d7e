import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDataDir } from '../test/test-store.ts';
import { runCli } from './run-cli.ts';

const root = new URL('..', import.meta.url).pathname;
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'skilltrace-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
/** A data folder with a migrated database, for tests whose point is not the first run. */
const seeded = async () => {
  const d = tmp();
  await seedDataDir(d);
  return d;
};

/** Runs the CLI in this process against `dataDir`, capturing what it prints. */
async function cli(args: string[], dataDir: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    // Cheap password hashing, as in testConfig (production defaults to 2^16).
    env: {
      HOME: dataDir,
      SKILLTRACE_DATA_DIR: dataDir,
      SKILLTRACE_LOG_LEVEL: 'warn',
      SKILLTRACE_SCRYPT_LOG2N: '10',
    },
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('skilltrace CLI', () => {
  it('prints help with exit 0, and exit 2 for an unknown command, option or setting', async () => {
    const d = await seeded();
    const help = await cli(['--help'], d);
    expect(help.code).toBe(0);
    expect(help.out).toContain('user create');
    expect((await cli(['user', 'create', '--help'], d)).out).toContain('--email');
    expect((await cli(['frobnicate'], d)).code).toBe(2);
    expect((await cli(['user', 'create', '--bogus'], d)).code).toBe(2);
    expect((await cli(['user', 'create', '--name', 'x'], d)).err).toContain('--email is required');
    const badConfig = await runCli(['user', 'list'], {
      env: { SKILLTRACE_DATA_DIR: d, SKILLTRACE_LOG_LEVEL: 'shouting' },
      stdout: () => {},
      stderr: () => {},
    });
    expect(badConfig).toBe(2);
  }, 120_000);

  it('creates users, exports, backs up and restores into a fresh instance', async () => {
    const a = await seeded();
    const createAna = (...extra: string[]) =>
      cli(
        [
          'user',
          'create',
          '--email',
          'ana@example.com',
          '--name',
          'Ana',
          '--password',
          'ana-password-1',
          ...extra,
        ],
        a,
      );
    expect((await createAna('--admin')).code).toBe(0);
    const dup = await createAna();
    expect(dup.code).toBe(5);
    expect(dup.err).toContain('already exists');
    const reset = await cli(['user', 'reset-password', '--email', 'ana@example.com'], a);
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/New password: \S{12,}/);
    expect((await cli(['user', 'reset-password', '--email', 'nobody@example.com'], a)).code).toBe(
      4,
    );
    const link = await cli(['signin-link', 'ana@example.com'], a);
    expect(link.code, link.err).toBe(0);
    expect(link.out).toMatch(
      /^One-time sign-in link for ana@example\.com \(until .+\):\n\S+\/signin-link\?token=[\w-]{40,}\n$/,
    );
    expect((await cli(['signin-link', 'nobody@example.com'], a)).code).toBe(4);
    expect((await cli(['signin-link'], a)).code).toBe(2);

    const exportFile = join(a, 'ana.json');
    expect((await cli(['export', '--email', 'ana@example.com', '--out', exportFile], a)).code).toBe(
      0,
    );
    expect(JSON.parse(readFileSync(exportFile, 'utf8')).format).toBe('skilltrace-export');

    const backup = join(a, 'backup.json.gz');
    const b = await cli(['backup', '--out', backup], a);
    expect(b.code, b.err).toBe(0);
    const fresh = tmp();
    const restored = await cli(['restore', '--file', backup], fresh);
    expect(restored.code, restored.err).toBe(0);
    expect((await cli(['user', 'list'], fresh)).out).toContain('ana@example.com');
    // Restoring twice is refused: the target must be empty.
    expect((await cli(['restore', '--file', backup], fresh)).code).toBe(5);
    // A backup whose signing keys another secret key sealed is refused before anything is
    // written, naming the key to use (restored, nothing could be signed again).
    const doc = JSON.parse(gunzipSync(readFileSync(backup)).toString('utf8'));
    doc.tables.signing_keys = [
      {
        kid: 'k-other',
        private_sealed: 'v1.AAAA.BBBB.CCCC',
        public_jwk: {},
        active: true,
        created_at: new Date().toISOString(),
        retired_at: null,
      },
    ];
    const foreign = join(a, 'foreign-key-backup.json');
    writeFileSync(foreign, JSON.stringify(doc));
    const other = tmp();
    const refused = await cli(['restore', '--file', foreign], other);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('SKILLTRACE_SECRET_KEY');
    expect((await cli(['user', 'list'], other)).out).not.toContain('ana@example.com');
    expect((await cli(['restore', '--file', join(a, 'missing.json')], await seeded())).code).toBe(
      4,
    );
  }, 240_000);

  it('says in one line that the port is in use, before starting anything', async () => {
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(port, '127.0.0.1', () => r()));
    try {
      const r = await cli(['serve', '--port', String(port), '--no-web-build'], tmp());
      expect(r.code).toBe(5);
      expect(r.err).toContain(`port ${port} on 127.0.0.1 is in use`);
    } finally {
      await new Promise((r) => holder.close(r));
    }
  });

  it('serves on a real port and refuses a second process on the same embedded database', async () => {
    const d = tmp();
    const port = await freePort();
    const server: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'cli/main.ts'), 'serve', '--no-web-build'],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          HOME: d,
          SKILLTRACE_DATA_DIR: d,
          PORT: String(port),
          SKILLTRACE_LOG_LEVEL: 'warn',
        },
        stdio: 'ignore',
      },
    );
    try {
      let ready = false;
      for (let i = 0; i < 600 && !ready; i++) {
        await new Promise((r) => setTimeout(r, 100));
        ready = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
          (r) => r.ok,
          () => false,
        );
      }
      expect(ready).toBe(true);
      expect(await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()).toEqual({
        status: 'ok',
      });
      // In process, against the lock the spawned server holds.
      const locked = await cli(['user', 'list'], d);
      expect(locked.code).toBe(3);
      expect(locked.err).toMatch(/in use by process \d+ \(skilltrace serve\)/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    expect((await cli(['user', 'list'], d)).code).toBe(0);
  }, 120_000);
});
