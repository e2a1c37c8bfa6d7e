import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A running `skilltrace serve --demo` with its own data folder. */
export interface RunningServer {
  baseUrl: string;
  /** The last lines the server printed, for failure reports. */
  logTail(): string;
  stop(): Promise<void>;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** How to start a server: extra environment (on top of this process's) and a start timeout. */
export interface ServerOptions {
  /** E.g. `SKILLTRACE_LLM_BASE_URL` and `SKILLTRACE_LLM_MODEL` for a server with a model. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * Starts the real server on a free port with a fresh temporary data folder and waits until
 * `GET /api/ready` answers 200. Throws with the server's output when it does not in time.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'skilltrace-e2e-'));
  const lines: string[] = [];
  const child = spawn('npx', ['tsx', 'cli/main.ts', 'serve', '--demo'], {
    cwd: repoRoot,
    // The journeys use the shared demo account (an operator's choice) besides "Try the demo".
    env: {
      ...process.env,
      SKILLTRACE_DEMO: 'shared',
      ...options.env,
      PORT: String(port),
      SKILLTRACE_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops tsx's child node process.
    detached: true,
  });
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    baseUrl,
    logTail: () => lines.slice(-40).join('\n'),
    stop: async () => {
      await stopProcess(child, () => exited);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const res = await fetch(`${baseUrl}/api/ready`);
      if (res.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const why = exited ? 'the server exited' : `not ready after ${timeoutMs / 1000} s`;
  await server.stop();
  throw new Error(`Could not start the server (${why}). Its output:\n${lines.join('\n')}`);
}

async function stopProcess(child: ChildProcess, hasExited: () => boolean): Promise<void> {
  if (hasExited() || child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  for (let i = 0; i < 50 && !hasExited(); i++) await new Promise((r) => setTimeout(r, 200));
  if (!hasExited()) signalGroup('SIGKILL');
}
