import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** The repo's fake model server, running in its own process. */
export interface FakeModelProcess {
  /** `http://127.0.0.1:<port>/v1`. */
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts `test/fake-llm-server.ts` (which answers the connection probe from its fixtures)
 * in a child process, so browser code never imports test helpers. Throws when it does not
 * report its address within `timeoutMs`.
 */
export async function startFakeModel(timeoutMs = 30_000): Promise<FakeModelProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'skilltrace-fake-llm-'));
  const script = join(dir, 'fake.mts');
  const helper = join(repoRoot, 'test', 'fake-llm-server.ts');
  writeFileSync(
    script,
    `import { startFakeLlmServer } from ${JSON.stringify(helper)};\n` +
      'const s = await startFakeLlmServer();\n' +
      "console.log('FAKE_LLM ' + s.baseUrl);\n" +
      "process.on('SIGTERM', () => void s.close().then(() => process.exit(0)));\n",
  );
  const child = spawn('npx', ['tsx', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const stop = async () => {
    await stopGroup(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no address in time')), timeoutMs);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /FAKE_LLM (\S+)/.exec(output);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.on('exit', () => reject(new Error('it exited')));
    });
    return { baseUrl, stop };
  } catch (e) {
    await stop();
    throw new Error(`Could not start the fake model server (${(e as Error).message}):\n${output}`);
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise<'late'>((r) => setTimeout(() => r('late'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'late') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
