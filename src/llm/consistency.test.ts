import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type LlmKit, makeLlmKit } from '../../test/llm-test-ctx.ts';
import { measureAgreement } from './consistency.ts';

const Path = z.object({ steps: z.array(z.object({ id: z.string(), minutes: z.number() })) });
type Step = z.infer<typeof Path>['steps'][number];

describe('measureAgreement', () => {
  const key = (s: Step) => s.id;
  it('flags an item whose value differs, and one missing from some samples', () => {
    const r = measureAgreement<Step>(
      3,
      [
        [
          { id: 'a', minutes: 10 },
          { id: 'b', minutes: 5 },
        ],
        [
          { id: 'a', minutes: 10 },
          { id: 'b', minutes: 9 },
        ],
        [{ id: 'a', minutes: 10 }],
      ],
      { key },
    );
    expect(r.items.map((i) => [i.key, i.agreement, i.flag])).toEqual([
      ['a', 1, undefined],
      ['b', 1 / 3, 'values_differ'],
    ]);
    expect(r.items[1]?.missing).toBe(1);
    expect(r.flags.map((f) => f.key)).toEqual(['b']);
  });

  it('counts a failed sample as disagreeing, and honours a threshold and fingerprint', () => {
    const r = measureAgreement<Step>(
      3,
      [[{ id: 'a', minutes: 10 }], [{ id: 'a', minutes: 11 }], undefined],
      {
        key,
        fingerprint: (s) => s.id,
        minAgreement: 0.6,
      },
    );
    expect(r.items[0]).toMatchObject({ agreement: 2 / 3, flag: undefined, missing: 1 });
  });
});

describe('checkConsistency against a model', () => {
  let kit: LlmKit;
  beforeAll(async () => {
    kit = await makeLlmKit();
  });
  afterAll(() => kit.close());
  beforeEach(() => kit.fake.reset());

  const req = {
    purpose: 'paths.plan',
    promptVersion: 'plan-v1',
    instructions: 'Plan the steps.',
    data: { goal: 'Learn SQL' },
    schema: Path,
    k: 3,
    items: (p: z.infer<typeof Path>) => p.steps,
    key: (s: Step) => s.id,
  };

  it('samples k answers with distinct seeds, bypassing the cache, and reports disagreement as flags', async () => {
    const llm = kit.llm({ llm: kit.instanceLlm() });
    // A cached answer exists; the samples must not use it.
    kit.fake.enqueue({ json: { steps: [{ id: 'intro', minutes: 10 }] } });
    await llm.generateObject(req);
    kit.fake.reset();
    kit.fake.enqueue(
      {
        json: {
          steps: [
            { id: 'intro', minutes: 10 },
            { id: 'joins', minutes: 30 },
          ],
        },
      },
      {
        json: {
          steps: [
            { id: 'intro', minutes: 10 },
            { id: 'joins', minutes: 45 },
          ],
        },
      },
      { json: { steps: [{ id: 'intro', minutes: 10 }] } },
    );
    const r = await llm.checkConsistency(req);
    expect(kit.fake.requests).toHaveLength(3);
    const seeds = kit.fake.requests.map((x) => x.body.seed);
    expect(new Set(seeds).size).toBe(3);
    expect(kit.fake.requests.every((x) => x.body.temperature > 0)).toBe(true);
    expect(r.samples).toHaveLength(3);
    expect(r.items.find((i) => i.key === 'intro')).toMatchObject({ agreement: 1, flag: undefined });
    expect(r.flags).toEqual([{ key: 'joins', flag: 'values_differ', agreement: 1 / 3 }]);
  });

  it('tolerates a sample with bad output and counts it against agreement', async () => {
    const llm = kit.llm({ llm: kit.instanceLlm() });
    const good = { json: { steps: [{ id: 'intro', minutes: 10 }] } };
    kit.fake.enqueue(good, good, { text: 'oops' }, { text: 'still oops' });
    const r = await llm.checkConsistency(req);
    expect(r.failedSamples).toBe(1);
    expect(r.items[0]).toMatchObject({ key: 'intro', agreement: 2 / 3, flag: 'missing_in_some' });
  });
});
