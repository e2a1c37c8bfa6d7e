import { describe, expect, it } from 'vitest';
import { llmKitPerFile, SkillsAnswer } from '../../test/llm-kit-per-file.ts';
import { testConfig } from '../../test/test-config.ts';
import { createSecretBox } from '../secrets/secret-box.ts';

const Skills = SkillsAnswer;

const kit = llmKitPerFile();

const skills = (userId: string, post: string) => ({
  purpose: 'radar.extract-skills',
  promptVersion: 'skills-v1',
  instructions: 'List the skills the post asks for.',
  data: { post },
  schema: Skills,
  userId,
});

async function giveOwnModel(userId: string, key = 'sk-user-own-key') {
  await kit().store.llm.upsertUserSettings({
    user_id: userId,
    provider: 'openai-compatible',
    base_url: kit().fake.baseUrl,
    model: 'mistral:7b',
    embedding_model: null,
    api_key_sealed: createSecretBox(testConfig().secretKey!).seal(key, userId),
    updated_at: kit().clock.now(),
  });
}

describe('usage and provenance', () => {
  it('records every call with tokens, cost, prompt version and input hash, per user and day', async () => {
    const user = await kit().makeUser();
    const llm = kit().llm({ llm: kit().instanceLlm('openai', 'gpt-4o-mini') });
    const a = await llm.generateObject(skills(user.id, 'Usage one.'));
    await llm.generateObject(skills(user.id, 'Usage one.'));
    const calls = await kit().store.llm.listCalls(user.id, 10);
    expect(calls.map((c) => c.status).sort()).toEqual(['cached', 'ok']);
    const ok = calls.find((c) => c.status === 'ok')!;
    expect(ok).toMatchObject({
      purpose: 'radar.extract-skills',
      provider: 'openai',
      model: 'gpt-4o-mini',
      prompt_version: 'skills-v1',
      tokens_in: 120,
      tokens_out: 30,
      via: 'instance',
    });
    expect(ok.input_hash).toBe(a.provenance.inputHash);
    expect(ok.cost_usd).toBeCloseTo((120 * 0.15 + 30 * 0.6) / 1e6, 12);
    const days = await kit().store.llm.usageByDay(new Date('2026-03-01T00:00:00Z'), user.id);
    expect(days).toEqual([
      { day: '2026-03-02', calls: 2, tokensIn: 120, tokensOut: 30, costUsd: ok.cost_usd },
    ]);
  });

  it('stops a user at the admin daily token limit, until the next UTC day', async () => {
    const user = await kit().makeUser();
    await kit().store.llm.setLimits({ tokensPerUserPerDay: 100 }, kit().clock.now());
    try {
      const llm = kit().llm({ llm: kit().instanceLlm() });
      await llm.generateObject({ ...skills(user.id, 'Limit one.'), cache: false });
      const err = await llm
        .generateObject({ ...skills(user.id, 'Limit two.'), cache: false })
        .catch((e) => e);
      expect(err.code).toBe('llm_limit_exceeded');
      expect(err.details).toMatchObject({
        limit: 100,
        used: 150,
        resetsAt: '2026-03-03T00:00:00.000Z',
      });
      expect(kit().fake.requests).toHaveLength(1);
      // A user's own provider is theirs to pay for.
      await giveOwnModel(user.id);
      const own = kit().llm({ llm: kit().instanceLlm(), allowPrivateNetwork: true });
      await expect(
        own.generateObject({ ...skills(user.id, 'Limit three.'), cache: false }),
      ).resolves.toBeDefined();
      await kit().store.llm.deleteUserSettings(user.id);
      kit().clock.advance(86_400_000);
      await expect(
        llm.generateObject({ ...skills(user.id, 'Limit four.'), cache: false }),
      ).resolves.toBeDefined();
    } finally {
      await kit().store.llm.setLimits({ tokensPerUserPerDay: null }, kit().clock.now());
    }
  });
});

describe('limits hold under parallel calls, and one budget bounds a slow model', () => {
  it('reserves tokens before calling, so parallel samples overshoot a 200-token limit by at most one call', async () => {
    const user = await kit().makeUser();
    await kit().store.llm.setLimits({ tokensPerUserPerDay: 200 }, kit().clock.now());
    try {
      kit().fake.setMode(() => ({ json: { skills: [] }, usage: { input: 150, output: 100 } }));
      const llm = kit().llm({ llm: kit().instanceLlm() });
      const err = await llm
        .checkConsistency({
          ...skills(user.id, 'Parallel.'),
          k: 3,
          items: (o) => o.skills,
          key: (x) => x.id,
        })
        .catch((e) => e);
      expect(err.code).toBe('llm_limit_exceeded');
      expect(kit().fake.requests).toHaveLength(1);
      const spent = await kit().store.llm.tokensSince(user.id, new Date('2026-03-02'), 'instance');
      expect(spent).toBe(250);
    } finally {
      await kit().store.llm.setLimits({ tokensPerUserPerDay: null }, kit().clock.now());
    }
  });

  it('ends a call that outlives its budget, samples included, with llm_unavailable', async () => {
    const user = await kit().makeUser();
    kit().fake.setMode(() => ({ hang: true }));
    const llm = kit().llm(
      { llm: { ...kit().instanceLlm(), timeoutMs: 60_000 } },
      { budgetMs: 300 },
    );
    const started = performance.now();
    const [one, many] = await Promise.all([
      llm.generateObject({ ...skills(user.id, 'Slow.'), cache: false }).catch((e) => e),
      llm
        .checkConsistency({
          ...skills(user.id, 'Slow samples.'),
          k: 3,
          items: (o) => o.skills,
          key: (x) => x.id,
        })
        .catch((e) => e),
    ]);
    expect([one.code, many.code]).toEqual(['llm_unavailable', 'llm_unavailable']);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe("a user's own provider", () => {
  it('is used with their decrypted key, and configures the model layer for them alone', async () => {
    const user = await kit().makeUser();
    const other = await kit().makeUser();
    await giveOwnModel(user.id);
    const llm = kit().llm({ allowPrivateNetwork: true });
    expect(await llm.isConfigured(user.id)).toBe(true);
    expect(await llm.isConfigured(other.id)).toBe(false);
    expect(await llm.describe(user.id)).toEqual({
      active: 'user',
      provider: 'openai-compatible',
      model: 'mistral:7b',
      baseUrl: kit().fake.baseUrl,
      canEmbed: false,
    });
    const a = await llm.generateObject(skills(user.id, 'Own key.'));
    expect(a.provenance).toMatchObject({ via: 'user', model: 'mistral:7b' });
    expect(kit().fake.requests.at(-1)!.headers.authorization).toBe('Bearer sk-user-own-key');
  });

  it('may not reach a private address unless an admin allows it', async () => {
    const user = await kit().makeUser();
    await giveOwnModel(user.id);
    const llm = kit().llm({ allowPrivateNetwork: false });
    const err = await llm
      .generateObject({ ...skills(user.id, 'Private.'), cache: false })
      .catch((e) => e);
    expect(err.code).toBe('llm_unavailable');
    expect(err.details.reason).toBe('blocked_address');
    expect(kit().fake.requests).toHaveLength(0);
    await expect(llm.assertBaseUrlAllowed(kit().fake.baseUrl)).rejects.toMatchObject({
      code: 'forbidden',
    });
    // The admin's instance setting overrides the configuration default.
    await kit().store.instance.setSetting(
      'instance',
      { signup: 'open', allowPrivateNetwork: true },
      kit().clock.now(),
    );
    try {
      await expect(
        llm.generateObject({ ...skills(user.id, 'Private.'), cache: false }),
      ).resolves.toBeDefined();
      await expect(llm.assertBaseUrlAllowed(kit().fake.baseUrl)).resolves.toBeUndefined();
    } finally {
      await kit().store.instance.setSetting(
        'instance',
        { signup: 'open', allowPrivateNetwork: false },
        kit().clock.now(),
      );
    }
  });

  it("the instance's own configured server is trusted even on loopback", async () => {
    const llm = kit().llm({ llm: kit().instanceLlm(), allowPrivateNetwork: false });
    await expect(
      llm.generateText({
        purpose: 't',
        promptVersion: 'v1',
        instructions: 'Summarise the post in one line.',
        cache: false,
      }),
    ).resolves.toBeDefined();
  });
});
