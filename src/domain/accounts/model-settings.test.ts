import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LlmKit, makeLlmKit } from '../../../test/llm-test-ctx.ts';
import { createLogger } from '../../logger.ts';
import type { Ctx } from '../ctx.ts';
import { getModelSettings } from './get-model-settings.ts';
import { getModelUsage } from './get-model-usage.ts';
import { setModelLimits } from './set-model-limits.ts';
import { testModelConnection } from './test-model-connection.ts';
import { updateModelSettings } from './update-model-settings.ts';

let kit: LlmKit;
beforeAll(async () => {
  kit = await makeLlmKit();
});
afterAll(() => kit.close());
beforeEach(() => kit.fake.reset());

async function code(p: Promise<unknown>): Promise<string | undefined> {
  return p.then(
    () => undefined,
    (e) => e.code,
  );
}

/** One uncached model call for `userId` (80 tokens in and 12 out on the fake server). */
const summarise = (ctx: Ctx, userId: string) =>
  ctx.llm.generateText({
    purpose: 't',
    promptVersion: 'v1',
    instructions: 'Summarise the post in one line.',
    userId,
    cache: false,
  });

describe('model settings', () => {
  it('shows the offline engine, then the instance model, without addresses or keys', async () => {
    const user = await kit.makeUser();
    expect(await getModelSettings(kit.ctx(), user)).toEqual({
      active: 'offline',
      own: null,
      instance: null,
      canEmbed: false,
    });
    const v = await getModelSettings(
      kit.ctx({ llm: kit.instanceLlm('openai', 'gpt-4o-mini') }),
      user,
    );
    expect(v).toEqual({
      active: 'instance',
      own: null,
      instance: { provider: 'openai', model: 'gpt-4o-mini' },
      canEmbed: true,
    });
    expect(JSON.stringify(v)).not.toContain('sk-instance-key');
  });

  it('saves a own provider with the key sealed, never returned or logged', async () => {
    const user = await kit.makeUser();
    const lines: string[] = [];
    const ctx = {
      ...kit.ctx({ allowPrivateNetwork: true }),
      log: createLogger('debug', {}, (l) => lines.push(l)),
    };
    const v = await updateModelSettings(ctx, user, {
      provider: 'openai-compatible',
      baseUrl: `${kit.fake.baseUrl}/`,
      model: 'mistral:7b',
      apiKey: 'sk-secret-123',
    });
    expect(v.active).toBe('user');
    expect(v.own).toMatchObject({
      provider: 'openai-compatible',
      baseUrl: kit.fake.baseUrl,
      model: 'mistral:7b',
      hasKey: true,
    });
    expect(JSON.stringify(v)).not.toContain('sk-secret-123');
    const row = await kit.store.llm.findUserSettings(user.id);
    expect(row?.api_key_sealed).toMatch(/^v1\./);
    expect(row?.api_key_sealed).not.toContain('sk-secret-123');
    expect(lines.join('\n')).not.toContain('sk-secret-123');
    // The key reaches only the server it was entered for.
    await summarise(ctx, user.id);
    expect(kit.fake.requests.at(-1)?.headers.authorization).toBe('Bearer sk-secret-123');
  });

  it('keeps the key while the server stays the same, and drops it when the server changes', async () => {
    const user = await kit.makeUser();
    const ctx = kit.ctx({ allowPrivateNetwork: true });
    await updateModelSettings(ctx, user, {
      provider: 'openai-compatible',
      baseUrl: kit.fake.baseUrl,
      model: 'a',
      apiKey: 'sk-keep-me',
    });
    expect(
      (
        await updateModelSettings(ctx, user, {
          provider: 'openai-compatible',
          baseUrl: kit.fake.baseUrl,
          model: 'b',
        })
      ).own?.hasKey,
    ).toBe(true);
    const moved = await updateModelSettings(ctx, user, {
      provider: 'openai-compatible',
      baseUrl: 'http://127.0.0.2:9/v1',
      model: 'b',
    });
    expect(moved.own?.hasKey).toBe(false);
    expect((await updateModelSettings(ctx, user, null)).own).toBeNull();
  });

  it('refuses invalid settings and private base URLs unless an admin allows them', async () => {
    const user = await kit.makeUser();
    const ctx = kit.ctx({ allowPrivateNetwork: false });
    expect(
      await code(updateModelSettings(ctx, user, { provider: 'openai-compatible', model: 'x' })),
    ).toBe('invalid_input');
    expect(await code(updateModelSettings(ctx, user, { provider: 'nope', model: 'x' }))).toBe(
      'invalid_input',
    );
    expect(
      await code(
        updateModelSettings(ctx, user, {
          provider: 'openai',
          model: 'x',
          baseUrl: 'file:///etc/passwd',
        }),
      ),
    ).toBe('invalid_input');
    const err = await updateModelSettings(ctx, user, {
      provider: 'openai-compatible',
      model: 'x',
      baseUrl: 'http://169.254.169.254/v1',
    }).catch((e) => e);
    expect(err.code).toBe('invalid_input');
    expect(err.details.issues[0].path).toBe('baseUrl');
    expect(
      await code(
        updateModelSettings(ctx, user, {
          provider: 'openai-compatible',
          model: 'x',
          baseUrl: 'http://localhost:11434/v1',
        }),
      ),
    ).toBe('invalid_input');
    expect(
      await code(
        updateModelSettings(kit.ctx({ allowPrivateNetwork: true }), user, {
          provider: 'openai-compatible',
          model: 'x',
          baseUrl: 'http://localhost:11434/v1',
        }),
      ),
    ).toBeUndefined();
  });
});

describe('testModelConnection', () => {
  it('makes a tiny real call and reports latency, or a readable failure', async () => {
    const user = await kit.makeUser();
    const ctx = kit.ctx({ llm: kit.instanceLlm(), allowPrivateNetwork: true });
    const ok = await testModelConnection(ctx, user);
    expect(ok).toMatchObject({ ok: true, provider: 'openai-compatible', model: 'llama3.1:8b' });
    expect(ok.latencyMs).toBeGreaterThanOrEqual(0);
    expect(kit.fake.requests).toHaveLength(1);

    kit.fake.enqueue({ status: 401 });
    const bad = await testModelConnection(ctx, user, {
      provider: 'openai-compatible',
      baseUrl: kit.fake.baseUrl,
      model: 'x',
      apiKey: 'sk-wrong',
    });
    expect(bad).toMatchObject({ ok: false, error: 'The model provider refused the credentials' });
    expect(kit.fake.requests.at(-1)?.headers.authorization).toBe('Bearer sk-wrong');

    const refused = await testModelConnection(kit.ctx({ allowPrivateNetwork: false }), user, {
      provider: 'openai-compatible',
      baseUrl: kit.fake.baseUrl,
      model: 'x',
    });
    expect(refused.ok).toBe(false);
    expect(refused.error).toMatch(/private or local address/);
    expect(await testModelConnection(kit.ctx(), user)).toMatchObject({
      ok: false,
      error: 'No model is configured',
    });
  });
});

describe('usage and limits', () => {
  it('shows a person their use per day, and admins the instance totals', async () => {
    const member = await kit.makeUser('member');
    const admin = await kit.makeUser('admin');
    const ctx = kit.ctx({ llm: kit.instanceLlm('openai', 'gpt-4o-mini') });
    await summarise(ctx, member.id);
    const mine = await getModelUsage(ctx, member, { days: 7 });
    expect(mine.days).toEqual([
      { day: '2026-03-02', calls: 1, tokensIn: 80, tokensOut: 12, costUsd: expect.any(Number) },
    ]);
    expect(mine.today).toEqual({ tokensOnInstanceModel: 92, limit: null, remaining: null });
    expect(mine.instance).toBeUndefined();
    const all = await getModelUsage(ctx, admin, { days: 7 });
    expect(all.instance?.totals.calls).toBeGreaterThanOrEqual(1);
  });

  it('lets only admins set limits, and the limit then applies', async () => {
    const member = await kit.makeUser('member');
    const admin = await kit.makeUser('admin');
    const ctx = kit.ctx({ llm: kit.instanceLlm() });
    expect(await code(setModelLimits(ctx, member, { tokensPerUserPerDay: 10 }))).toBe('forbidden');
    expect(await code(setModelLimits(ctx, admin, { tokensPerUserPerDay: -1 }))).toBe(
      'invalid_input',
    );
    expect(await setModelLimits(ctx, admin, { tokensPerUserPerDay: 50 })).toEqual({
      tokensPerUserPerDay: 50,
    });
    try {
      await summarise(ctx, member.id);
      expect((await getModelUsage(ctx, member)).today).toEqual({
        tokensOnInstanceModel: 92,
        limit: 50,
        remaining: 0,
      });
      expect(
        await code(
          ctx.llm.generateText({
            purpose: 't',
            promptVersion: 'v1',
            instructions: 'x',
            userId: member.id,
          }),
        ),
      ).toBe('llm_limit_exceeded');
    } finally {
      await setModelLimits(ctx, admin, { tokensPerUserPerDay: null });
    }
  });
});
