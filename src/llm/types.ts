import type { z } from 'zod';

/** The kinds of provider the model layer can talk to. */
export type ProviderKind = 'openai-compatible' | 'openai' | 'anthropic';

/** Where an answer came from, so the UI can say which answers a model wrote. */
export type AnswerSource = 'offline' | 'model';

/** Whose model settings answer: the user's own, the instance's, or none (offline engine). */
export type ActiveModel = 'user' | 'instance' | 'offline';

/** Everything recorded about one model answer. */
export interface Provenance {
  provider: ProviderKind;
  model: string;
  /** Whose settings were used. */
  via: 'user' | 'instance';
  promptVersion: string;
  /** sha256 over the prompt version, instructions, data and schema. */
  inputHash: string;
  /** When the model produced the answer (ISO 8601); a cache hit keeps the original time. */
  at: string;
  tokensIn: number;
  tokensOut: number;
  /** Estimate from the price table; 0 for local and unknown models. */
  costUsd: number;
  /** True when served from the shared cache. */
  cached: boolean;
}

/** A model's answer with where it came from. */
export interface Answer<T> {
  value: T;
  source: 'model';
  provenance: Provenance;
}

/**
 * One request. `instructions` are ours and trusted; `data` holds untrusted text (job posts,
 * briefs, feeds, user submissions) that is rendered only inside delimited data blocks.
 */
export interface LlmRequest {
  /** Which feature asks, e.g. `radar.extract-skills`; recorded with usage. */
  purpose: string;
  /** Version of the prompt; part of the cache key. Bump it whenever the instructions change. */
  promptVersion: string;
  instructions: string;
  /** Untrusted inputs by name (names: letters, digits, `_`, `-`). Never spliced into instructions. */
  data?: Record<string, string>;
  /** The person asked for (their settings, limits and usage); omit for system work. */
  userId?: string;
  /** Set false to bypass the shared cache (default true). */
  cache?: boolean;
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
}

/** A request whose answer must match `schema`. */
export interface ObjectRequest<T> extends LlmRequest {
  schema: z.ZodType<T>;
  /** Name of the output, used by some providers as the schema/tool name. */
  schemaName?: string;
}

/** Texts to embed. */
export interface EmbedRequest {
  purpose: string;
  texts: string[];
  userId?: string;
  cache?: boolean;
  abortSignal?: AbortSignal;
}

/** A text answer as it is written. `answer` settles when the stream ends. */
export interface TextStream {
  textStream: AsyncIterable<string>;
  /** Resolves with the whole text and its provenance; rejects like `generateText`. */
  answer: Promise<Answer<string>>;
}

/** How a self-consistency check splits one answer into comparable items. */
export interface ConsistencyRequest<T, I> extends ObjectRequest<T> {
  /** Number of samples (2–9). */
  k: number;
  items: (answer: T) => I[];
  /** Identity of an item across samples, e.g. its step id or skill id. */
  key: (item: I) => string;
  /** The part of an item that must agree (default: the whole item, canonical JSON). */
  fingerprint?: (item: I) => string;
  /** Agreement below this (0–1) becomes a flag (default 1: any disagreement is flagged). */
  minAgreement?: number;
}

/** Agreement on one item across k samples. */
export interface ConsistencyItem<I> {
  key: string;
  /** The most common variant. */
  value: I;
  /** Share of all k samples that gave the most common variant (missing counts as disagreeing). */
  agreement: number;
  variants: Array<{ value: I; votes: number }>;
  /** Samples whose answer lacked this item. */
  missing: number;
  flag: 'missing_in_some' | 'values_differ' | undefined;
}

/** The report of a self-consistency check: disagreements are flags, never silent choices. */
export interface ConsistencyReport<T, I> {
  k: number;
  samples: Answer<T>[];
  /** Samples that failed (bad output); they count as disagreeing on every item. */
  failedSamples: number;
  items: ConsistencyItem<I>[];
  flags: Array<{ key: string; flag: 'missing_in_some' | 'values_differ'; agreement: number }>;
  /** Mean agreement over items (1 when there are no items). */
  agreement: number;
}

/** What the active model settings are for a person, without secrets. */
export interface ModelDescription {
  active: ActiveModel;
  provider: ProviderKind | undefined;
  model: string | undefined;
  baseUrl: string | undefined;
  canEmbed: boolean;
}

/** Settings to try before saving them. */
export interface CandidateSettings {
  provider: ProviderKind;
  baseUrl?: string | undefined;
  model: string;
  apiKey?: string | undefined;
}

/** The result of a tiny real call. */
export interface ConnectionCheck {
  ok: boolean;
  latencyMs: number;
  provider: ProviderKind | undefined;
  model: string | undefined;
  /** Why it failed, fit to show (never contains the key). */
  error?: string;
}

/**
 * The one interface every capability uses to talk to a model. Generation calls throw
 * `llm_unavailable` when no model is configured or it cannot be reached (features then fall
 * back to the offline engine), `llm_bad_output` when the answer does not match its schema
 * after one repair attempt, and `llm_limit_exceeded` when an admin limit is reached.
 */
export interface Llm {
  /** True when a model is configured (for `userId`, if given); false means the offline engine answers. */
  isConfigured(userId?: string): Promise<boolean>;
  /** Which settings answer for `userId`, without secrets. */
  describe(userId?: string): Promise<ModelDescription>;
  /** An answer parsed and validated against `req.schema`. */
  generateObject<T>(req: ObjectRequest<T>): Promise<Answer<T>>;
  generateText(req: LlmRequest): Promise<Answer<string>>;
  /** Streams text; a cached answer is replayed in one piece. */
  streamText(req: LlmRequest): Promise<TextStream>;
  /** One vector per text; `llm_unavailable` when the provider or settings have no embedding model. */
  embed(req: EmbedRequest): Promise<Answer<number[][]>>;
  /** Samples `k` answers (bypassing the cache) and reports agreement per item. */
  checkConsistency<T, I>(req: ConsistencyRequest<T, I>): Promise<ConsistencyReport<T, I>>;
  /** A tiny real call with the user's active settings, or with `candidate` settings before saving. */
  testConnection(opts: {
    userId?: string;
    candidate?: CandidateSettings;
  }): Promise<ConnectionCheck>;
  /** Throws `forbidden` when a user-set base URL may not be called (private address not allowed). */
  assertBaseUrlAllowed(baseUrl: string): Promise<void>;
}
