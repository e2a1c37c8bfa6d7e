import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type LlmKit, makeLlmKit } from '../../test/llm-test-ctx.ts';
import { isAppError } from '../errors.ts';

const Plan = z.object({ steps: z.array(z.object({ id: z.string(), minutes: z.number().int() })) });
const GOOD = { steps: [{ id: 'read', minutes: 20 }] };

let kit: LlmKit;
beforeAll(async () => {
  kit = await makeLlmKit();
});
afterAll(() => kit.close());
beforeEach(() => kit.fake.reset());

const ask = (llm = kit.llm({ llm: kit.instanceLlm() })) =>
  llm.generateObject({
    purpose: 'test.plan',
    promptVersion: 'plan-v1',
    instructions: 'Plan the week.',
    schema: Plan,
    cache: false,
  });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
  return 'no error';
}

describe('malformed answers', () => {
  it('retries once with the validation error fed back, then succeeds', async () => {
    kit.fake.enqueue(
      { text: '{"steps": [{"id": "read", "minutes": "twenty"}]}', usage: { input: 10, output: 5 } },
      { json: GOOD, usage: { input: 30, output: 6 } },
    );
    const a = await ask();
    expect(a.value).toEqual(GOOD);
    expect(kit.fake.requests).toHaveLength(2);
    const second = kit.fake.requests[1]!.body.messages as Array<{ role: string; content: string }>;
    // The rejected answer and the validation error go back inside data blocks (see prompt-injection.test).
    const last = String(second.at(-1)?.content);
    expect(last).toMatch(
      /name="rejected_answer">>>\n\{"steps": \[\{"id": "read", "minutes": "twenty"\}\]\}\n<<<END/,
    );
    expect(last).toMatch(/name="problem">>>\nsteps\.0\.minutes: /);
    // Both tries are paid for, so both count.
    expect([a.provenance.tokensIn, a.provenance.tokensOut]).toEqual([40, 11]);
  });

  it('reports llm_bad_output with no partial data after the second bad answer', async () => {
    kit.fake.enqueue({ text: 'not json at all' }, { text: '{"steps": "nope"}' });
    const err = await ask().catch((e) => e);
    expect(isAppError(err, 'llm_bad_output')).toBe(true);
    expect(Object.keys(err.details)).toEqual(['problem']);
    expect(kit.fake.requests).toHaveLength(2);
  });
});

describe('unreliable servers', () => {
  it('retries 429 and 5xx with backoff, then answers', async () => {
    kit.fake.enqueue(
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 503 },
      { json: GOOD },
    );
    expect((await ask()).value).toEqual(GOOD);
    expect(kit.fake.requests).toHaveLength(3);
  });

  it('gives up after a bounded number of retries with llm_unavailable', async () => {
    kit.fake.enqueue({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    expect(await codeOf(ask())).toBe('llm_unavailable');
    expect(kit.fake.requests).toHaveLength(3);
  });

  it('does not retry a refused key, and says so', async () => {
    kit.fake.enqueue({
      status: 401,
      body: { error: { message: 'Incorrect API key provided: sk-instance-key' } },
    });
    const err = await ask(kit.llm({ llm: kit.instanceLlm('openai', 'gpt-4o-mini') })).catch(
      (e) => e,
    );
    expect(err.code).toBe('llm_unavailable');
    expect(err.message).toBe('The model provider refused the credentials');
    expect(JSON.stringify(err.details)).not.toContain('sk-instance-key');
    expect(kit.fake.requests).toHaveLength(1);
  });

  it('times out a hanging server with llm_unavailable', async () => {
    kit.fake.enqueue({ hang: true });
    const started = Date.now();
    const llm = kit.llm({ llm: { ...kit.instanceLlm(), timeoutMs: 300 } });
    const err = await ask(llm).catch((e) => e);
    expect(err.code).toBe('llm_unavailable');
    expect(err.details.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out a stream that goes silent', async () => {
    kit.fake.enqueue({ hang: true });
    const llm = kit.llm({ llm: { ...kit.instanceLlm(), timeoutMs: 300 } });
    const s = await llm.streamText({
      purpose: 'test.stream',
      promptVersion: 'v1',
      instructions: 'Say hi.',
      cache: false,
    });
    await expect(s.answer).rejects.toMatchObject({ code: 'llm_unavailable' });
  });
});

describe('no model configured', () => {
  it('reports isConfigured false and throws llm_unavailable from every generation call', async () => {
    const llm = kit.llm();
    expect(await llm.isConfigured()).toBe(false);
    expect((await llm.describe()).active).toBe('offline');
    expect(await codeOf(ask(llm))).toBe('llm_unavailable');
    expect(
      await codeOf(llm.generateText({ purpose: 't', promptVersion: 'v1', instructions: 'x' })),
    ).toBe('llm_unavailable');
    expect(
      await codeOf(llm.streamText({ purpose: 't', promptVersion: 'v1', instructions: 'x' })),
    ).toBe('llm_unavailable');
    expect(await codeOf(llm.embed({ purpose: 't', texts: ['x'] }))).toBe('llm_unavailable');
    expect(kit.fake.requests).toHaveLength(0);
  });
});
