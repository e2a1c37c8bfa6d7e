import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Runs one full garbage collection `afterMs` after start-up. Creating a fresh embedded
 * database (initdb) leaves a few hundred MB of WebAssembly buffers behind; nothing is left
 * holding them, but an idle server allocates too little for V8 to ever collect them, so they
 * would stay resident for the life of the process.
 */
export function releaseStartupMemory(afterMs = 5_000): void {
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  if (typeof gc === 'function') setTimeout(gc, afterMs).unref();
}
