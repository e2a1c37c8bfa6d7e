import {
  type EmbeddingModel,
  embedMany,
  generateText,
  type LanguageModel,
  type LanguageModelUsage,
  type ModelMessage,
  NoObjectGeneratedError,
  Output,
} from 'ai';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { type RenderedPrompt, renderPrompt, repairMessage } from './render-prompt.ts';
import { type RetryOptions, withRetry } from './retry.ts';

/** Tokens spent so far by one logical call, failed tries included. */
export interface UsageCounter {
  tokensIn: number;
  tokensOut: number;
}

/** Sampling and bounds of one call. */
export interface CallOptions {
  /** 0 for consistency; above 0 only for self-consistency samples. */
  temperature: number;
  seed?: number | undefined;
  maxOutputTokens?: number | undefined;
  /** Bound of each HTTP try. */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  retry: RetryOptions;
  usage: UsageCounter;
}

/** Adds SDK usage to a counter (providers may omit numbers). */
export function addUsage(
  counter: UsageCounter,
  u: Partial<Pick<LanguageModelUsage, 'inputTokens' | 'outputTokens'>> | undefined,
): void {
  counter.tokensIn += u?.inputTokens ?? 0;
  counter.tokensOut += u?.outputTokens ?? 0;
}

/** One abort signal per try: the caller's, plus the timeout. */
export function trySignal(o: Pick<CallOptions, 'signal' | 'timeoutMs'>): AbortSignal {
  const t = AbortSignal.timeout(o.timeoutMs);
  return o.signal ? AbortSignal.any([o.signal, t]) : t;
}

/** Settings passed to every AI SDK call; our own retry replaces the SDK's. */
export function sdkSettings(o: CallOptions) {
  return {
    temperature: o.temperature,
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.maxOutputTokens !== undefined ? { maxOutputTokens: o.maxOutputTokens } : {}),
    maxRetries: 0,
  };
}

function problemOf(e: NoObjectGeneratedError): string {
  const cause = e.cause as
    | { message?: string; issues?: unknown; cause?: { issues?: unknown } }
    | undefined;
  const issues = (cause?.cause?.issues ?? cause?.issues) as
    | Array<{ path?: PropertyKey[]; message: string }>
    | undefined;
  if (Array.isArray(issues) && issues.length) {
    return issues
      .map((i) => `${(i.path ?? []).map(String).join('.') || '(root)'}: ${i.message}`)
      .join('\n');
  }
  return cause?.message ?? e.message;
}

/**
 * Asks for an answer matching `schema`. A malformed or invalid answer is retried once with
 * the validation problem fed back; a second failure throws `llm_bad_output` with the
 * problems in details and no partial data.
 */
export async function callObject<T>(
  model: LanguageModel,
  p: RenderedPrompt,
  schema: z.ZodType<T>,
  schemaName: string | undefined,
  o: CallOptions,
): Promise<T> {
  const messages: ModelMessage[] = [{ role: 'user', content: p.prompt }];
  let problem = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const r = await withRetry(
        () =>
          generateText({
            model,
            system: p.system,
            messages,
            output: Output.object({ schema, ...(schemaName ? { name: schemaName } : {}) }),
            ...sdkSettings(o),
            abortSignal: trySignal(o),
          }),
        o.retry,
        o.signal,
      );
      addUsage(o.usage, r.usage);
      return r.output as T;
    } catch (e) {
      if (!NoObjectGeneratedError.isInstance(e)) throw e;
      addUsage(o.usage, e.usage);
      problem = problemOf(e);
      // The rejected answer and the error that quotes it are untrusted: data blocks only.
      const repair = renderPrompt(
        repairMessage(),
        {
          rejected_answer: e.text?.trim() ? e.text.slice(0, 8000) : '(empty answer)',
          problem: problem.slice(0, 2000),
        },
        () => p.boundary,
      );
      messages.splice(0, messages.length, {
        role: 'user',
        content: `${p.prompt}\n\n${repair.prompt}`,
      });
    }
  }
  throw new AppError(
    'llm_bad_output',
    'The model answer did not match the expected format, even after a retry',
    {
      details: { problem: problem.slice(0, 2000) },
    },
  );
}

/** Asks for plain text. */
/**
 * The most characters a text answer may have: about 4 characters a token, twice over, of the
 * tokens asked for (4,000 when unset). A model (or a server posing as one) that sends more
 * than it was allowed has its answer cut there, at a space, so nothing downstream (sentence
 * splitting, claim checks) works on megabytes it never asked for.
 */
export function maxAnswerChars(maxOutputTokens: number | undefined): number {
  return (maxOutputTokens ?? 4000) * 8;
}

/** `text` cut to `max` characters at the last space before the limit (or at the limit). */
export function capAnswer(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

export async function callText(
  model: LanguageModel,
  p: RenderedPrompt,
  o: CallOptions,
): Promise<string> {
  const r = await withRetry(
    () =>
      generateText({
        model,
        system: p.system,
        prompt: p.prompt,
        ...sdkSettings(o),
        abortSignal: trySignal(o),
      }),
    o.retry,
    o.signal,
  );
  addUsage(o.usage, r.usage);
  return capAnswer(r.text, maxAnswerChars(o.maxOutputTokens));
}

/** Embeds `texts`, one vector each, in order. */
export async function callEmbed(
  model: EmbeddingModel,
  texts: string[],
  o: CallOptions,
): Promise<number[][]> {
  const r = await withRetry(
    () => embedMany({ model, values: texts, maxRetries: 0, abortSignal: trySignal(o) }),
    o.retry,
    o.signal,
  );
  o.usage.tokensIn += r.usage?.tokens ?? 0;
  return r.embeddings;
}
