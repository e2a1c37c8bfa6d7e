import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { llmKitPerFile, SkillsAnswer } from '../../test/llm-kit-per-file.ts';

const Skills = SkillsAnswer;

const kit = llmKitPerFile();

const request = (post: string, promptVersion = 'skills-v1') => ({
  purpose: 'radar.extract-skills',
  promptVersion,
  instructions: 'List the skills the post asks for.',
  data: { post },
  schema: Skills,
});

describe('the shared answer cache', () => {
  it('answers the same request with the same inputs from the database, across processes', async () => {
    const first = kit().llm({ llm: kit().instanceLlm() });
    const second = kit().llm({ llm: kit().instanceLlm() }); // another process on the same database
    const a = await first.generateObject(request('Needs SQL. Cache test one.'));
    const b = await second.generateObject(request('Needs SQL. Cache test one.'));
    expect(kit().fake.requests).toHaveLength(1);
    expect(b.value).toEqual(a.value);
    expect(b.provenance).toEqual({ ...a.provenance, cached: true });
  });

  it('misses when the inputs, prompt version, model or schema differ, or the caller opts out', async () => {
    const llm = kit().llm({ llm: kit().instanceLlm() });
    await llm.generateObject(request('Needs SQL. Cache test two.'));
    await llm.generateObject(request('Needs SQL. Cache test two!'));
    await llm.generateObject(request('Needs SQL. Cache test two.', 'skills-v2'));
    await kit()
      .llm({ llm: kit().instanceLlm('openai-compatible', 'qwen2.5:7b') })
      .generateObject(request('Needs SQL. Cache test two.'));
    await llm.generateObject({
      ...request('Needs SQL. Cache test two.'),
      schema: Skills.extend({ note: z.string().optional() }),
    });
    await llm.generateObject({ ...request('Needs SQL. Cache test two.'), cache: false });
    expect(kit().fake.requests).toHaveLength(6);
  });

  it('ignores a cached value that no longer fits the schema', async () => {
    const llm = kit().llm({ llm: kit().instanceLlm() });
    const Loose = z.object({ skills: z.array(z.object({ id: z.string() })) });
    const req = { ...request('Schema drift.'), schema: Loose };
    await llm.generateObject(req);
    // Same JSON schema for the key, stricter runtime check: the cached value is re-validated.
    const Strict = Loose.refine((v) => v.skills.length > 5);
    await expect(llm.generateObject({ ...req, schema: Strict })).rejects.toMatchObject({
      code: 'llm_bad_output',
    });
    // One first answer, then the cache miss: an answer and its repair.
    expect(kit().fake.requests).toHaveLength(3);
  });

  it('replays a cached text as a stream', async () => {
    const llm = kit().llm({ llm: kit().instanceLlm() });
    const req = {
      purpose: 'test.summary',
      promptVersion: 'sum-v1',
      instructions: 'Summarise the post in one line.',
      data: { post: 'Cached stream.' },
    };
    const first = await llm.streamText(req);
    for await (const _ of first.textStream) {
      // drain
    }
    await first.answer;
    const again = await llm.streamText(req);
    const parts: string[] = [];
    for await (const c of again.textStream) parts.push(c);
    expect(parts).toEqual(['A data analyst role that needs SQL and Python.']);
    expect((await again.answer).provenance.cached).toBe(true);
    expect(kit().fake.requests).toHaveLength(1);
  });
});
