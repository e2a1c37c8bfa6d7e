import { describe, expect, it } from 'vitest';
import { fakeEmbedding } from '../../test/fake-llm-server.ts';
import { llmKitPerFile, SkillsAnswer } from '../../test/llm-kit-per-file.ts';
import type { ProviderKind } from './types.ts';

const Skills = SkillsAnswer;
const POST = 'Data analyst wanted. Must know SQL and Python.';

const kit = llmKitPerFile();

// One suite, run against every adapter through the real AI SDK and the fake server.
const ADAPTERS: Array<{
  provider: ProviderKind;
  model: string;
  structured: string;
  embeds: boolean;
}> = [
  {
    provider: 'openai-compatible',
    model: 'llama3.1:8b',
    structured: 'response_format',
    embeds: true,
  },
  { provider: 'openai', model: 'gpt-4o-mini', structured: 'response_format', embeds: true },
  { provider: 'anthropic', model: 'claude-sonnet-4-5', structured: 'output_config', embeds: false },
  {
    provider: 'anthropic',
    model: 'claude-3-haiku-20240307',
    structured: 'json_tool',
    embeds: false,
  },
];

describe.each(ADAPTERS)('$provider ($model)', ({ provider, model, structured, embeds }) => {
  const llm = () =>
    kit().llm({ llm: kit().instanceLlm(provider, model) }, { embeddingModel: 'nomic-embed-text' });

  it('answers structured output that matches the schema, with provenance', async () => {
    const a = await llm().generateObject({
      purpose: 'test.skills',
      promptVersion: 'skills-v1',
      instructions: 'List the skills the post asks for.',
      data: { post: POST },
      schema: Skills,
      schemaName: 'skills',
      cache: false,
    });
    expect(a.source).toBe('model');
    expect(a.value.skills.map((s) => s.id)).toEqual(['sql', 'python']);
    expect(a.provenance).toMatchObject({
      provider,
      model,
      via: 'instance',
      promptVersion: 'skills-v1',
      tokensIn: 120,
      tokensOut: 30,
      cached: false,
    });
    expect(a.provenance.inputHash).toMatch(/^[0-9a-f]{64}$/);
    if (provider === 'openai-compatible') expect(a.provenance.costUsd).toBe(0);
    else expect(a.provenance.costUsd).toBeGreaterThan(0);

    const req = kit().fake.requests.at(-1)!;
    if (structured === 'response_format') expect(req.body.response_format.type).toBe('json_schema');
    if (structured === 'output_config')
      expect(req.body.output_config.format.type).toBe('json_schema');
    if (structured === 'json_tool')
      expect(req.body.tools.map((t: { name: string }) => t.name)).toEqual(['json']);
    if (provider === 'openai') expect(req.headers.authorization).toBe('Bearer sk-instance-key');
    if (provider === 'anthropic') expect(req.headers['x-api-key']).toBe('sk-instance-key');
  });

  it('generates text at temperature 0 where the model allows it', async () => {
    const a = await llm().generateText({
      purpose: 'test.summary',
      promptVersion: 'sum-v1',
      instructions: 'Summarise the post in one line.',
      data: { post: POST },
      cache: false,
    });
    expect(a.value).toBe('A data analyst role that needs SQL and Python.');
    expect([a.provenance.tokensIn, a.provenance.tokensOut]).toEqual([80, 12]);
    const body = kit().fake.requests.at(-1)!.body;
    if (provider !== 'anthropic' || model.includes('claude-3')) expect(body.temperature).toBe(0);
  });

  it('streams text chunk by chunk and settles with usage', async () => {
    const s = await llm().streamText({
      purpose: 'test.summary',
      promptVersion: 'sum-v1',
      instructions: 'Summarise the post in one line.',
      data: { post: POST },
      cache: false,
    });
    const chunks: string[] = [];
    for await (const c of s.textStream) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe('A data analyst role that needs SQL and Python.');
    const a = await s.answer;
    expect(a.value).toBe(chunks.join(''));
    expect(a.provenance.tokensOut).toBe(12);
    expect(kit().fake.requests.at(-1)!.body.stream).toBe(true);
  });

  it(embeds ? 'embeds texts' : 'reports that it cannot embed', async () => {
    const texts = ['sql', 'python'];
    if (!embeds) {
      await expect(llm().embed({ purpose: 'test.embed', texts })).rejects.toMatchObject({
        code: 'llm_unavailable',
      });
      expect((await llm().describe()).canEmbed).toBe(false);
      return;
    }
    const a = await llm().embed({ purpose: 'test.embed', texts, cache: false });
    expect(a.value).toHaveLength(2);
    a.value.forEach((v, i) => {
      expect(v.map((x) => x.toFixed(5))).toEqual(fakeEmbedding(texts[i]!).map((x) => x.toFixed(5)));
    });
    expect(kit().fake.requests.at(-1)!.path).toBe('/v1/embeddings');
  });
});
