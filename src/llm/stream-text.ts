import { type LanguageModel, streamText } from 'ai';
import type { AppError } from '../errors.ts';
import { isRetryable } from './map-error.ts';
import { addUsage, type CallOptions, sdkSettings } from './model-calls.ts';
import type { RenderedPrompt } from './render-prompt.ts';
import { backoffDelay, sleep } from './retry.ts';
import type { Answer, TextStream } from './types.ts';

// A single-consumer queue: the pump runs ahead, the reader waits for the next chunk.
class ChunkQueue {
  private items: string[] = [];
  private ended = false;
  private error: unknown;
  private wake: (() => void) | undefined;

  push(s: string): void {
    this.items.push(s);
    this.wake?.();
  }
  end(error?: unknown): void {
    this.ended = true;
    this.error = error;
    this.wake?.();
  }
  async *read(): AsyncGenerator<string> {
    for (;;) {
      const next = this.items.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (this.ended) {
        if (this.error) throw this.error;
        return;
      }
      await new Promise<void>((r) => {
        this.wake = r;
      });
      this.wake = undefined;
    }
  }
}

/** A text stream that yields `text` in one piece (a cached answer). */
export function replayStream(text: string, answer: Answer<string>): TextStream {
  return {
    textStream: (async function* () {
      if (text) yield text;
    })(),
    answer: Promise.resolve(answer),
  };
}

/**
 * Streams a text answer. The model is read eagerly into a queue, so `answer` settles even
 * when nobody reads `textStream`. Retryable failures before the first chunk are retried
 * with backoff; later failures end the stream. `finish` records and caches the whole
 * text; `fail` maps and records an error, which both the stream and `answer` then throw.
 */
export function pumpText(
  model: LanguageModel,
  p: RenderedPrompt,
  o: CallOptions,
  finish: (text: string) => Promise<Answer<string>>,
  fail: (e: unknown) => Promise<AppError>,
): TextStream {
  const queue = new ChunkQueue();
  const answer = (async () => {
    for (let attempt = 0; ; attempt++) {
      let emitted = false;
      let text = '';
      try {
        // Silence is bounded by the guard's idle timeout; the caller's signal aborts.
        const r = streamText({
          model,
          system: p.system,
          prompt: p.prompt,
          ...sdkSettings(o),
          abortSignal: o.signal,
          // Errors arrive as stream parts and are handled below, not printed.
          onError: () => {},
        });
        for await (const part of r.fullStream) {
          if (part.type === 'text-delta' && part.text) {
            emitted = true;
            text += part.text;
            queue.push(part.text);
          } else if (part.type === 'error') {
            throw part.error;
          } else if (part.type === 'abort') {
            throw new DOMException('The stream was aborted', 'AbortError');
          } else if (part.type === 'finish') {
            addUsage(o.usage, part.totalUsage);
          }
        }
        const done = await finish(text);
        queue.end();
        return done;
      } catch (e) {
        if (!emitted && attempt < (o.retry.retries ?? 2) && isRetryable(e)) {
          await sleep(backoffDelay(attempt, e, o.retry), o.signal).catch(() => {});
          if (!o.signal?.aborted) continue;
        }
        const err = await fail(e);
        queue.end(err);
        throw err;
      }
    }
  })();
  // Handled here so an unread failure is not an unhandled rejection; callers still see it.
  answer.catch(() => {});
  return { textStream: queue.read(), answer };
}
