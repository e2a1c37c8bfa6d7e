import pino from 'pino';
import type { Logger } from './kernel/ports.ts';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = keyof typeof LEVELS;

const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|authorization|cookie|csrf|private/i;

/** Replaces values under secret-looking keys, at any depth, so secrets never reach logs. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      SECRET_KEY.test(k) && v !== undefined && v !== null && typeof v !== 'boolean'
        ? '[redacted]'
        : redact(v, depth + 1);
  }
  return out;
}

/**
 * Writes lines to a file descriptor or path without blocking the caller: pino's SonicBoom
 * destination queues them and writes whatever has gathered in one system call, so a busy
 * server pays for a log line with a string append instead of a synchronous write. Whatever is
 * still queued is written when the process exits.
 */
export function asyncLineWriter(dest: number | string): {
  write(line: string): void;
  /** Writes what is queued now (when the destination is open). */
  flush(): void;
  /** Writes what is queued and closes the destination. */
  close(): Promise<void>;
} {
  const out = pino.destination({ dest, sync: false, mkdir: typeof dest === 'string' });
  const flush = () => {
    try {
      out.flushSync();
    } catch {
      // Not open yet, or already closed: nothing was queued that could be written.
    }
  };
  process.once('exit', flush);
  const close = () =>
    new Promise<void>((resolve) => {
      process.removeListener('exit', flush);
      out.once('close', () => resolve());
      out.end();
    });
  return { write: (line) => out.write(`${line}\n`), flush, close };
}

let stdoutWriter: ((line: string) => void) | undefined;
function writeStdout(line: string): void {
  stdoutWriter ??= asyncLineWriter(1).write;
  stdoutWriter(line);
}

/**
 * A structured JSON-lines logger, one object per line, secrets redacted at any depth. Writes
 * to stdout asynchronously (see asyncLineWriter) unless given its own `write`.
 */
export function createLogger(
  level: Level,
  base: Record<string, unknown> = {},
  write: (line: string) => void = writeStdout,
): Logger {
  const min = LEVELS[level];
  // Redacted once here, not on every line.
  const safeBase = redact(base) as Record<string, unknown>;
  const emit = (lvl: Exclude<Level, 'silent'>, msg: string, fields?: Record<string, unknown>) => {
    if (LEVELS[lvl] < min) return;
    write(
      // Fields come first so that one named `level`, `time` or `msg` cannot mislabel the line.
      JSON.stringify({
        ...safeBase,
        ...(fields ? (redact(fields) as object) : {}),
        time: new Date().toISOString(),
        level: lvl,
        msg,
      }),
    );
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(level, { ...base, ...fields }, write),
  };
}
