import { describe, expect, it } from 'vitest';
import { fakeModel, INVENTED, modelKitPerFile } from '../../../test/fake-model-modes.ts';
import { ClaimKind } from '../../shared/claims.ts';
import { updateProfile } from '../accounts/index.ts';
import { askTutor } from './ask-tutor.ts';
import { createPath } from './create-path.ts';

const env = modelKitPerFile();

async function path(skillId = 'tableau') {
  const u = await env.kit.makeUser();
  await updateProfile(env.ctx, u.id, {
    weeklyHours: 6,
    learningDays: ['tue'],
    formats: ['reading'],
  });
  const p = await createPath(env.ctx, u.id, {
    goal: { skillIds: [skillId] },
    startDate: '2026-03-02',
  });
  return { u, p };
}

/** Invented strings that appear in a value but in no flag's quoted text. */
function unflagged(value: unknown): string[] {
  const texts: string[] = [];
  JSON.stringify(value, (k, v) => {
    if (k === 'flags' && Array.isArray(v)) for (const f of v) texts.push(String(f.text ?? ''));
    return v;
  });
  const json = JSON.stringify(value);
  return [INVENTED.url, INVENTED.library, INVENTED.package].filter(
    (s) => json.includes(s) && !texts.some((t) => t.includes(s)),
  );
}

describe('claim checks on paths', () => {
  it('flags invented links and libraries in model explanations, quoting them', async () => {
    env.kit.fake.setMode(fakeModel('invent'));
    const { p } = await path();
    expect(p.plan.engine.kind).toBe('model');
    const step = p.plan.steps.find((s) => s.skillId === 'tableau')!;
    expect(step.explanation).toContain(INVENTED.url);
    const texts = step.flags.map((f) => f.text ?? '');
    expect(texts).toContain(INVENTED.url);
    expect(texts).toContain(INVENTED.library);
    expect(texts).toContain(INVENTED.package);
    expect(texts.some((t) => t.includes('Principal Data Scientist'))).toBe(true);
    expect(unflagged(p.plan.steps)).toEqual([]);
  });

  it('raises no claim flag when the model sticks to its data', async () => {
    env.kit.fake.setMode(fakeModel('faithful'));
    const { p } = await path('sql');
    expect(p.plan.engine.kind).toBe('model');
    const claimKinds = new Set<string>(ClaimKind.options);
    expect(p.plan.steps.flatMap((s) => s.flags.filter((f) => claimKinds.has(f.kind)))).toEqual([]);
  });
});

describe('grounded tutor', () => {
  it('supports a sentence only when the cited passage says it; flags invented links and injected lines', async () => {
    env.kit.fake.setMode(fakeModel('faithful'));
    const { u, p } = await path();
    const faithful = await askTutor(env.ctx, u.id, p.id, 'tableau', {
      question: 'Where do I start?',
    });
    expect(faithful.mode).toBe('model');
    expect(faithful.parts.every((x) => x.supported)).toBe(true);
    expect(faithful.flags).toEqual([]);
    expect(faithful.sources[0]!.passage.length).toBeGreaterThan(20);
    expect(faithful.provenance).toMatchObject({
      provider: 'openai-compatible',
      checks: ['grounding', 'claims'],
    });

    env.kit.fake.setMode(fakeModel('obey'));
    const obeyed = await askTutor(env.ctx, u.id, p.id, 'tableau', { question: 'What next?' });
    expect(obeyed.parts.map((x) => x.supported)).toEqual([false, false]);
    expect(obeyed.parts[1]!.text).toContain(INVENTED.url);
    expect(obeyed.flags.map((f) => f.kind).sort()).toEqual(['instruction', 'url']);
    expect(obeyed.flags.find((f) => f.kind === 'url')!.text).toBe(INVENTED.url);
  });
});

describe('one budget per path request', () => {
  it('answers offline within the budget when the model hangs (answer and samples in parallel)', async () => {
    const slow = env.kit.ctx(
      { llm: { ...env.kit.instanceLlm(), timeoutMs: 60_000 } },
      { budgetMs: 400 },
    );
    env.kit.fake.setMode(() => ({ hang: true }));
    const u = await env.kit.makeUser();
    const started = performance.now();
    const p = await createPath(slow, u.id, {
      goal: { skillIds: ['sql'] },
      startDate: '2026-03-02',
    });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(p.plan.engine.kind).toBe('offline');
    expect(p.plan.engine.note).toMatch(/llm_unavailable/);
  });
});
