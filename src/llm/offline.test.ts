import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LlmKit, makeLlmKit } from '../../test/llm-test-ctx.ts';
import { modelOrOffline } from './offline.ts';

let kit: LlmKit;
beforeAll(async () => {
  kit = await makeLlmKit();
});
afterAll(() => kit.close());
beforeEach(() => kit.fake.reset());

const summarise = {
  purpose: 'radar.summary',
  promptVersion: 'sum-v1',
  instructions: 'Summarise the post in one line.',
  cache: false,
};

describe('modelOrOffline', () => {
  it('answers offline, without calling anything, when no model is configured', async () => {
    const llm = kit.llm();
    const r = await modelOrOffline(
      llm,
      undefined,
      () => llm.generateText(summarise),
      () => 'from the taxonomy',
    );
    expect(r).toEqual({ value: 'from the taxonomy', source: 'offline' });
    expect(kit.fake.requests).toHaveLength(0);
  });

  it('labels a model answer with its source and provenance', async () => {
    const llm = kit.llm({ llm: kit.instanceLlm() });
    const r = await modelOrOffline(
      llm,
      undefined,
      () => llm.generateText(summarise),
      () => 'offline',
    );
    expect(r.source).toBe('model');
    expect(r.provenance?.model).toBe('llama3.1:8b');
  });

  it('falls back when the model is unreachable, saying why', async () => {
    const llm = kit.llm({ llm: kit.instanceLlm() });
    kit.fake.enqueue({ status: 500 }, { status: 500 }, { status: 500 });
    const r = await modelOrOffline(
      llm,
      undefined,
      () => llm.generateText(summarise),
      () => 'offline',
    );
    expect(r).toEqual({ value: 'offline', source: 'offline', fallbackReason: 'llm_unavailable' });
  });
});
