import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const optionalUrl = z.url().optional();

/**
 * Every environment variable Skilltrace reads, with its default and (for `--help`) its meaning.
 * Nothing else reads process.env.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port'),
  HOST: z.string().min(1).default('127.0.0.1').describe('interface to listen on'),
  SKILLTRACE_DATA_DIR: z
    .string()
    .min(1)
    .optional()
    .describe('embedded database, generated keys, uploads'),
  DATABASE_URL: optionalUrl.describe('PostgreSQL server to use instead of the embedded database'),
  SKILLTRACE_PUBLIC_URL: optionalUrl.describe(
    'public address used in links, credentials and feeds',
  ),
  SKILLTRACE_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
    .optional()
    .describe('64 hex chars; encrypts secrets at rest'),
  SKILLTRACE_LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error', 'silent'])
    .default('info')
    .describe('debug | info | warn | error | silent'),
  SKILLTRACE_ALLOW_PRIVATE_NETWORK: bool
    .default(false)
    .describe('let outbound calls reach loopback/private addresses'),
  SKILLTRACE_LLM_PROVIDER: z
    .enum(['openai-compatible', 'openai', 'anthropic'])
    .optional()
    .describe('openai-compatible | openai | anthropic'),
  SKILLTRACE_LLM_BASE_URL: optionalUrl.describe(
    'base URL of an OpenAI-compatible server (Ollama, vLLM, …)',
  ),
  SKILLTRACE_LLM_MODEL: z.string().min(1).optional().describe('model name'),
  SKILLTRACE_LLM_API_KEY: z.string().min(1).optional().describe('API key for the model provider'),
  SKILLTRACE_LLM_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(60_000)
    .describe('timeout of one model call'),
  SKILLTRACE_DEMO: z
    .enum(['off', 'personal', 'shared'])
    .default('off')
    .describe(
      'off | personal (visitors get their own 24-hour demo copy) | shared (also the shared demo account and its password)',
    ),
  SKILLTRACE_SIGNUP: z
    .enum(['open', 'closed'])
    .default('open')
    .describe('open | closed (only admins create accounts)'),
  SKILLTRACE_SESSION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(30)
    .describe('how long a sign-in lasts'),
  SKILLTRACE_TRUST_PROXY: z
    .union([bool, z.coerce.number().int().min(0).max(10)])
    .transform((v) => (v === true ? 1 : v === false ? 0 : v))
    .default(0)
    .describe('true (or a count of proxies): take the client address from X-Forwarded-For'),
  SKILLTRACE_SCRYPT_LOG2N: z.coerce
    .number()
    .int()
    .min(10)
    .max(20)
    .default(16)
    .describe('password hashing cost (scrypt N = 2^value)'),
  SKILLTRACE_DB_THREAD: bool
    .default(false)
    .describe(
      'run the embedded database on its own thread (reads stay fast, but imports can starve under heavy read load)',
    ),
  SKILLTRACE_IMPORT_WORKERS: z.coerce
    .number()
    .int()
    .min(0)
    .max(64)
    .optional()
    .describe('worker threads for fingerprints and skill extraction of file imports (0: none)'),
  SKILLTRACE_ALLOWED_HOSTS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    )
    .optional()
    .describe('comma-separated Host names to answer for, besides the public URL host'),
});

export type LlmConfig = {
  provider: 'openai-compatible' | 'openai' | 'anthropic';
  baseUrl: string | undefined;
  model: string;
  apiKey: string | undefined;
  timeoutMs: number;
};

/** The parsed configuration, passed explicitly to whatever needs it. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Folder for the embedded database, generated keys and uploads. */
  dataDir: string;
  /** Set when running on a PostgreSQL server instead of the embedded database. */
  databaseUrl: string | undefined;
  publicUrl: string;
  /** 32-byte key (hex) that encrypts secrets at rest; generated into dataDir when absent. */
  secretKey: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  allowPrivateNetwork: boolean;
  /** Undefined means the offline engine serves every feature. */
  llm: LlmConfig | undefined;
  signup: 'open' | 'closed';
  sessionDays: number;
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (0: the header is
   * ignored and the socket address identifies the client).
   */
  trustProxy: number;
  /** scrypt cost of new password hashes, as log2 N (older hashes are upgraded at sign-in). */
  scryptLog2N: number;
  /** Worker threads for file imports (0: none); unset: one fewer than the cores, at least 1. */
  importWorkers?: number | undefined;
  /** The embedded database on its own worker thread (off by default; see README). */
  dbThread?: boolean;
  /** Host names (host or host:port) the app answers for, besides the public URL's host; empty: any. */
  allowedHosts: string[];
  /**
   * Demo workspaces: `personal` lets anonymous visitors create their own short-lived copy
   * ("Try the demo"); `shared` also keeps the one shared demo account with its published
   * password. `serve --demo` (npm start) raises `off` to `personal`.
   */
  demo: 'off' | 'personal' | 'shared';
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/**
 * Parses the environment once and reports every problem together.
 * Throws ConfigError listing each bad variable and why.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  opts: { cwd?: string; home?: string } = {},
): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k in EnvSchema.shape && v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  const home = opts.home ?? safeHome();
  const cwd = opts.cwd ?? process.cwd();
  const dataDir = resolve(
    cwd,
    e.SKILLTRACE_DATA_DIR ?? (home ? join(home, '.skilltrace') : '.skilltrace'),
  );

  let llm: LlmConfig | undefined;
  if (e.SKILLTRACE_LLM_BASE_URL || e.SKILLTRACE_LLM_PROVIDER || e.SKILLTRACE_LLM_MODEL) {
    const provider =
      e.SKILLTRACE_LLM_PROVIDER ?? (e.SKILLTRACE_LLM_BASE_URL ? 'openai-compatible' : undefined);
    if (!provider) problems.push('SKILLTRACE_LLM_PROVIDER: required when a model is configured');
    if (provider === 'openai-compatible' && !e.SKILLTRACE_LLM_BASE_URL) {
      problems.push('SKILLTRACE_LLM_BASE_URL: required for an OpenAI-compatible server');
    }
    if (!e.SKILLTRACE_LLM_MODEL)
      problems.push('SKILLTRACE_LLM_MODEL: required when a model is configured');
    if (provider && e.SKILLTRACE_LLM_MODEL) {
      llm = {
        provider,
        baseUrl: e.SKILLTRACE_LLM_BASE_URL,
        model: e.SKILLTRACE_LLM_MODEL,
        apiKey: e.SKILLTRACE_LLM_API_KEY,
        timeoutMs: e.SKILLTRACE_LLM_TIMEOUT_MS,
      };
    }
  }
  if (problems.length) throw new ConfigError(problems);

  const displayHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? '127.0.0.1' : e.HOST;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.SKILLTRACE_PUBLIC_URL ?? `http://${displayHost}:${e.PORT}`).replace(/\/+$/, ''),
    secretKey: e.SKILLTRACE_SECRET_KEY,
    logLevel: e.SKILLTRACE_LOG_LEVEL,
    allowPrivateNetwork: e.SKILLTRACE_ALLOW_PRIVATE_NETWORK,
    llm,
    signup: e.SKILLTRACE_SIGNUP,
    sessionDays: e.SKILLTRACE_SESSION_DAYS,
    trustProxy: e.SKILLTRACE_TRUST_PROXY,
    allowedHosts: e.SKILLTRACE_ALLOWED_HOSTS ?? [],
    scryptLog2N: e.SKILLTRACE_SCRYPT_LOG2N,
    importWorkers: e.SKILLTRACE_IMPORT_WORKERS,
    dbThread: e.SKILLTRACE_DB_THREAD,
    demo: e.SKILLTRACE_DEMO,
  };
}

function safeHome(): string | undefined {
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}

/** Defaults `--help` states in words: worked out at start-up, or shown as their meaning. */
const SHOWN_DEFAULTS: Partial<Record<keyof typeof EnvSchema.shape, string>> = {
  SKILLTRACE_DATA_DIR: '~/.skilltrace',
  SKILLTRACE_PUBLIC_URL: 'http://HOST:PORT',
  SKILLTRACE_SECRET_KEY: '(generated)',
  SKILLTRACE_TRUST_PROXY: 'false',
  SKILLTRACE_IMPORT_WORKERS: 'cores − 1 (at least 1)',
};

/** The described variables as [name, default, meaning], for `--help`. */
export const CONFIG_DOC: ReadonlyArray<[string, string, string]> = Object.entries(
  EnvSchema.shape,
).flatMap(([name, schema]): [string, string, string][] => {
  if (!schema.description) return [];
  const shown =
    SHOWN_DEFAULTS[name as keyof typeof EnvSchema.shape] ??
    (schema instanceof z.ZodDefault ? String(schema.def.defaultValue) : '(unset)');
  return [[name, shown, schema.description]];
});
