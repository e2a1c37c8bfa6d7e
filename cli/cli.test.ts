import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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

function cli(args: string[], dataDir: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/main.ts'), ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: dataDir,
      SKILLTRACE_DATA_DIR: dataDir,
      SKILLTRACE_LOG_LEVEL: 'warn',
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
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
  it('prints help with exit 0, and exit 2 for an unknown command or option', () => {
    const d = tmp();
    const help = cli(['--help'], d);
    expect(help.code).toBe(0);
    expect(help.out).toContain('user create');
    expect(cli(['user', 'create', '--help'], d).out).toContain('--email');
    expect(cli(['frobnicate'], d).code).toBe(2);
    expect(cli(['user', 'create', '--bogus'], d).code).toBe(2);
    expect(cli(['user', 'create', '--name', 'x'], d).err).toContain('--email is required');
  }, 120_000);

  it('creates users, exports, backs up and restores into a fresh instance', () => {
    const a = tmp();
    expect(
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
          '--admin',
        ],
        a,
      ).code,
    ).toBe(0);
    const dup = cli(
      [
        'user',
        'create',
        '--email',
        'ana@example.com',
        '--name',
        'Ana',
        '--password',
        'ana-password-1',
      ],
      a,
    );
    expect(dup.code).toBe(5);
    expect(dup.err).toContain('already exists');
    const reset = cli(['user', 'reset-password', '--email', 'ana@example.com'], a);
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/New password: \S{12,}/);
    expect(cli(['user', 'reset-password', '--email', 'nobody@example.com'], a).code).toBe(4);

    const exportFile = join(a, 'ana.json');
    expect(cli(['export', '--email', 'ana@example.com', '--out', exportFile], a).code).toBe(0);
    expect(JSON.parse(readFileSync(exportFile, 'utf8')).format).toBe('skilltrace-export');

    const backup = join(a, 'backup.json.gz');
    const b = cli(['backup', '--out', backup], a);
    expect(b.code, b.err).toBe(0);
    const fresh = tmp();
    const restored = cli(['restore', '--file', backup], fresh);
    expect(restored.code, restored.err).toBe(0);
    expect(cli(['user', 'list'], fresh).out).toContain('ana@example.com');
    // Restoring twice is refused: the target must be empty.
    expect(cli(['restore', '--file', backup], fresh).code).toBe(5);
    expect(cli(['restore', '--file', join(a, 'missing.json')], tmp()).code).toBe(4);
  }, 240_000);

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
      for (let i = 0; i < 120 && !ready; i++) {
        await new Promise((r) => setTimeout(r, 500));
        ready = await fetch(`http://127.0.0.1:${port}/api/ready`).then(
          (r) => r.ok,
          () => false,
        );
      }
      expect(ready).toBe(true);
      expect(await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()).toEqual({
        status: 'ok',
      });
      const locked = cli(['user', 'list'], d);
      expect(locked.code).toBe(3);
      expect(locked.err).toMatch(/in use by process \d+ \(skilltrace serve\)/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    expect(cli(['user', 'list'], d).code).toBe(0);
  }, 120_000);
});
