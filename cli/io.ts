import { AsyncLocalStorage } from 'node:async_hooks';

/** Where a CLI run reads its environment and writes its output. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The real process: `process.env`, stdout and stderr. */
export const processIo: CliIo = {
  env: process.env,
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
};

const current = new AsyncLocalStorage<CliIo>();

/** The io of the CLI run in progress (the real process outside `runCli`). */
export function io(): CliIo {
  return current.getStore() ?? processIo;
}

/** Runs `fn` with `cliIo` as the io every command sees. */
export function withIo<T>(cliIo: CliIo, fn: () => Promise<T>): Promise<T> {
  return current.run(cliIo, fn);
}
