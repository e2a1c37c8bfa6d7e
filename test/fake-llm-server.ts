import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the fake answers to one request. */
export interface FakeReply {
  /** HTTP status (default 200); with a non-2xx status `body` (or a generic error) is sent. */
  status?: number;
  headers?: Record<string, string>;
  /** A raw JSON body instead of a protocol answer. */
  body?: unknown;
  /** The assistant's text (for structured output: the raw JSON text, malformed on purpose if you like). */
  text?: string;
  /** A structured answer: sent as JSON text, or as the input of Anthropic's `json` tool. */
  json?: unknown;
  /** Never answer (to trigger timeouts). */
  hang?: boolean;
  usage?: { input: number; output: number };
}

/** One request the fake received, parsed. */
export interface RecordedRequest {
  protocol: 'openai' | 'anthropic';
  path: string;
  headers: IncomingMessage['headers'];
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are inspected freely in tests
  body: any;
  /** All user-message text, joined. */
  userText: string;
}

/** A recorded fixture: a reply for requests whose user text contains `match.contains`. */
interface Fixture {
  name: string;
  match: { contains: string; protocol?: 'openai' | 'anthropic' };
  reply: FakeReply;
}

/** The running fake. */
export interface FakeLlmServer {
  /** `http://127.0.0.1:<port>/v1`, the base URL for every provider. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Replies for the next requests, in order, before fixtures are consulted. */
  enqueue(...replies: Array<FakeReply | ((req: RecordedRequest) => FakeReply)>): void;
  /**
   * Answers every request the queue does not (before fixtures) with `mode`, e.g. a model that
   * invents links or obeys injected text (`test/fake-model-modes.ts`); undefined removes it.
   */
  setMode(mode: ((req: RecordedRequest) => FakeReply | undefined) | undefined): void;
  reset(): void;
  close(): Promise<void>;
}

const FIXTURES_DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'llm');

function loadFixtures(dir: string): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const parsed = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture | Fixture[];
      return Array.isArray(parsed) ? parsed : [parsed];
    });
}

// biome-ignore lint/suspicious/noExplicitAny: message shapes differ per protocol
function textOf(content: any): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((p) => (typeof p?.text === 'string' ? p.text : '')).join('');
  return '';
}

/** The data blocks of a rendered prompt, by name (as `renderPrompt` writes them). */
export function dataBlocks(userText: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of userText.matchAll(/<<<DATA (\w+) name="([\w-]+)">>>\n([\s\S]*?)\n<<<END \1>>>/g))
    out[m[2]!] = m[3]!;
  return out;
}

/** A deterministic 8-dimensional unit vector for `text`. */
export function fakeEmbedding(text: string): number[] {
  const h = createHash('sha256').update(text).digest();
  const v = Array.from({ length: 8 }, (_, i) => (h[i] ?? 0) / 255 - 0.5);
  const n = Math.hypot(...v) || 1;
  return v.map((x) => x / n);
}

const tokens = (s: string) => Math.max(1, Math.ceil(s.length / 4));

function sse(res: ServerResponse, events: Array<[string | undefined, unknown]>): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const [event, data] of events) {
    res.write(
      `${event ? `event: ${event}\n` : ''}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`,
    );
  }
  res.end();
}

function chunksOf(text: string): string[] {
  return text.match(/.{1,8}/gs) ?? [];
}

function answerOpenAi(req: RecordedRequest, reply: FakeReply, res: ServerResponse): void {
  const text = reply.text ?? (reply.json !== undefined ? JSON.stringify(reply.json) : '');
  const usage = reply.usage ?? { input: tokens(req.userText), output: tokens(text) };
  const u = {
    prompt_tokens: usage.input,
    completion_tokens: usage.output,
    total_tokens: usage.input + usage.output,
  };
  const base = { id: 'chatcmpl-fake', created: 1_700_000_000, model: req.body.model };
  if (!req.body.stream) {
    const message = { role: 'assistant', content: text };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        ...base,
        object: 'chat.completion',
        choices: [{ index: 0, message, finish_reason: 'stop' }],
        usage: u,
      }),
    );
    return;
  }
  const chunk = (delta: unknown, finish: string | null) => ({
    ...base,
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  sse(res, [
    [undefined, chunk({ role: 'assistant', content: '' }, null)],
    ...chunksOf(text).map((c): [undefined, unknown] => [undefined, chunk({ content: c }, null)]),
    [undefined, chunk({}, 'stop')],
    ...(req.body.stream_options?.include_usage
      ? [
          [undefined, { ...base, object: 'chat.completion.chunk', choices: [], usage: u }] as [
            undefined,
            unknown,
          ],
        ]
      : []),
    [undefined, '[DONE]'],
  ]);
}

function answerAnthropic(req: RecordedRequest, reply: FakeReply, res: ServerResponse): void {
  // biome-ignore lint/suspicious/noExplicitAny: tool shapes as sent by @ai-sdk/anthropic
  const jsonTool = (req.body.tools ?? []).some((t: any) => t.name === 'json');
  const text = reply.text ?? (reply.json !== undefined ? JSON.stringify(reply.json) : '');
  const usage = reply.usage ?? { input: tokens(req.userText), output: tokens(text) };
  const content = jsonTool
    ? [{ type: 'tool_use', id: 'toolu_fake', name: 'json', input: reply.json ?? safeParse(text) }]
    : [{ type: 'text', text }];
  const stop = jsonTool ? 'tool_use' : 'end_turn';
  const message = {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: req.body.model,
    stop_sequence: null,
  };
  if (!req.body.stream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        ...message,
        content,
        stop_reason: stop,
        usage: { input_tokens: usage.input, output_tokens: usage.output },
      }),
    );
    return;
  }
  sse(res, [
    [
      'message_start',
      {
        type: 'message_start',
        message: {
          ...message,
          content: [],
          stop_reason: null,
          usage: { input_tokens: usage.input, output_tokens: 1 },
        },
      },
    ],
    [
      'content_block_start',
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    ],
    ...chunksOf(text).map((c): [string, unknown] => [
      'content_block_delta',
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: c } },
    ]),
    ['content_block_stop', { type: 'content_block_stop', index: 0 }],
    [
      'message_delta',
      {
        type: 'message_delta',
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: { output_tokens: usage.output },
      },
    ],
    ['message_stop', { type: 'message_stop' }],
  ]);
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { unparseable: text };
  }
}

/**
 * Starts a local server that speaks the OpenAI chat-completions and embeddings protocol
 * (JSON and SSE streaming, `response_format: json_schema`) and the Anthropic messages
 * protocol (text, SSE, `output_config.format` and the `json` tool), answering from queued
 * replies first, then from the fixtures in `test/fixtures/llm/`.
 */
export async function startFakeLlmServer(
  opts: { fixturesDir?: string } = {},
): Promise<FakeLlmServer> {
  const fixtures = loadFixtures(opts.fixturesDir ?? FIXTURES_DIR);
  const queue: Array<FakeReply | ((req: RecordedRequest) => FakeReply)> = [];
  const requests: RecordedRequest[] = [];
  let mode: ((req: RecordedRequest) => FakeReply | undefined) | undefined;

  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const body = raw ? JSON.parse(raw) : {};
      const protocol = path.endsWith('/messages') ? 'anthropic' : 'openai';
      // biome-ignore lint/suspicious/noExplicitAny: message shapes differ per protocol
      const msgs: any[] = body.messages ?? [];
      const userText = msgs
        .filter((m) => m.role === 'user')
        .map((m) => textOf(m.content))
        .join('\n');
      const recorded: RecordedRequest = { protocol, path, headers: req.headers, body, userText };
      requests.push(recorded);
      const next = queue.shift();
      const reply: FakeReply | undefined =
        (typeof next === 'function' ? next(recorded) : next) ?? mode?.(recorded);
      const fixture = fixtures.find(
        (f) =>
          (!f.match.protocol || f.match.protocol === protocol) &&
          userText.includes(f.match.contains),
      );
      const chosen = reply ?? fixture?.reply;
      if (chosen?.hang) return;
      if (path.endsWith('/embeddings') && (!chosen || chosen.status === undefined)) {
        const input: string[] = Array.isArray(body.input) ? body.input : [body.input];
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            object: 'list',
            model: body.model,
            data: input.map((t, index) => ({
              object: 'embedding',
              index,
              embedding: fakeEmbedding(t),
            })),
            usage: {
              prompt_tokens: input.reduce((n, t) => n + tokens(t), 0),
              total_tokens: input.reduce((n, t) => n + tokens(t), 0),
            },
          }),
        );
        return;
      }
      if (!chosen || (chosen.status ?? 200) >= 300 || chosen.body !== undefined) {
        const status = chosen?.status ?? 500;
        res.writeHead(status, { 'content-type': 'application/json', ...chosen?.headers });
        res.end(
          JSON.stringify(
            chosen?.body ?? {
              error: {
                message: chosen
                  ? `fake error ${status}`
                  : `no fixture for: ${userText.slice(0, 80)}`,
                type: 'fake_error',
              },
            },
          ),
        );
        return;
      }
      if (protocol === 'anthropic') answerAnthropic(recorded, chosen, res);
      else answerOpenAi(recorded, chosen, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    setMode: (m) => {
      mode = m;
    },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      mode = undefined;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
