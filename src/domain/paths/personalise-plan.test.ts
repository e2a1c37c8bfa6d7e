import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LlmKit, makeLlmKit } from '../../../test/llm-test-ctx.ts';
import { updateProfile } from '../accounts/index.ts';
import { getTaxonomy } from '../radar/index.ts';
import { createPath } from './create-path.ts';
import { expandObjectives } from './expand-objectives.ts';

let kit: LlmKit;
beforeAll(async () => {
  kit = await makeLlmKit();
});
afterAll(() => kit.close());

// The first objective of Data visualisation for a newcomer (step ids are objective ids).
const DV = `data-visualisation/${expandObjectives(getTaxonomy().skillById.get('data-visualisation')!, 10)[0]!.key}`;

const answer = (order: string[]) => ({
  json: {
    order,
    steps: order.map((id) => ({
      id,
      explanation: `Why ${id} matters for your dashboard.`,
      practiceTask: `Model task for ${id}.`,
    })),
    resources: [
      {
        stepId: 'tableau/orientation',
        title: 'Tableau free training videos',
        url: 'http://tableau.com/learn/training/?utm_source=model',
      },
      {
        stepId: 'tableau/orientation',
        title: 'Tableau Mastery Bootcamp 2031',
        url: 'https://tableau-mastery.example/course',
      },
    ],
  },
});

describe('model personalisation', () => {
  it('keeps prerequisites first, verifies proposed resources against the catalog and reports agreement', async () => {
    const ctx = kit.ctx({ llm: kit.instanceLlm() });
    const u = await kit.makeUser();
    await updateProfile(ctx, u.id, {
      weeklyHours: 6,
      learningDays: ['tue', 'thu'],
      formats: ['reading'],
    });
    // The model asks for Tableau before its prerequisite; the planner must not follow it there.
    kit.fake.enqueue(
      answer(['tableau/orientation', DV]),
      answer(['tableau/orientation', DV]),
      answer([DV, 'tableau/orientation']),
      answer(['tableau/orientation', DV]),
    );
    const p = await createPath(ctx, u.id, {
      goal: { skillIds: ['tableau'] },
      startDate: '2026-03-02',
    });
    expect(p.plan.engine.kind).toBe('model');
    const ids = p.plan.steps.map((s) => s.skillId);
    const tableau = p.plan.steps.find((s) => s.id === 'tableau/orientation')!;
    for (const pre of tableau.prerequisites)
      if (ids.includes(pre)) expect(ids.lastIndexOf(pre)).toBeLessThan(ids.indexOf('tableau'));
    expect(tableau.practiceTask).toBe('Model task for tableau/orientation.');
    const fromModel = tableau.resources.filter((r) => r.proposedBy === 'model');
    expect(fromModel.find((r) => r.id === null)).toMatchObject({
      status: 'unverified',
      title: 'Tableau Mastery Bootcamp 2031',
    });
    expect(
      tableau.flags.some((f) => f.kind === 'unverified_resource' && f.message.includes('Mastery')),
    ).toBe(true);
    expect(
      tableau.resources.some(
        (r) => r.url === 'https://www.tableau.com/learn/training' && r.status === 'verified',
      ),
    ).toBe(true);
    const agreement = tableau.confidence.components.find((c) => c.key === 'model_agreement');
    expect(agreement?.value).not.toBeNull();
  });

  it('drops a proposed catalog resource that is beginner material on a skill the person holds', async () => {
    const ctx = kit.ctx({ llm: kit.instanceLlm() });
    const u = await kit.makeUser();
    await updateProfile(ctx, u.id, { skills: [{ skillId: 'sql', level: 3 }] });
    const intro = 'https://www.kaggle.com/learn/intro-to-sql';
    const withIntro = () => {
      const a = answer([DV, 'tableau/orientation']);
      a.json.resources.push({
        stepId: 'tableau/orientation',
        title: 'Kaggle Learn: Intro to SQL',
        url: intro,
      });
      return a;
    };
    kit.fake.enqueue(withIntro(), withIntro(), withIntro(), withIntro());
    const p = await createPath(ctx, u.id, {
      goal: { skillIds: ['tableau'] },
      startDate: '2026-03-02',
    });
    expect(p.plan.engine.kind).toBe('model');
    const tableau = p.plan.steps.find((s) => s.id === 'tableau/orientation');
    // The model's other proposals still arrive; only the held-skill beginner course is dropped.
    expect(tableau?.resources.some((r) => r.proposedBy === 'model')).toBe(true);
    expect(
      p.plan.steps.filter((s) => s.resources.some((r) => r.url === intro)).map((s) => s.id),
    ).toEqual([]);
  });

  it('does not count a catalog source listed for another skill (Python docs on a Tableau step)', async () => {
    const ctx = kit.ctx({ llm: kit.instanceLlm() });
    const u = await kit.makeUser();
    const python = 'https://docs.python.org/3/';
    const offTopic = () => {
      const a = answer([DV, 'tableau/orientation']);
      a.json.resources.push({ stepId: 'tableau/orientation', title: 'Python docs', url: python });
      return a;
    };
    kit.fake.enqueue(offTopic(), offTopic(), offTopic(), offTopic());
    const p = await createPath(ctx, u.id, {
      goal: { skillIds: ['tableau'] },
      startDate: '2026-03-02',
    });
    expect(p.plan.engine.kind).toBe('model');
    const tableau = p.plan.steps.find((s) => s.id === 'tableau/orientation')!;
    const cited = tableau.resources.find((r) => r.url === python);
    expect(cited).toMatchObject({ status: 'unverified', proposedBy: 'model' });
    expect(cited?.why).toMatch(/not for Tableau/);
    const authority = tableau.confidence.components.find((c) => c.key === 'authority');
    expect(authority?.detail).toBeDefined();
    expect(authority?.detail).not.toMatch(/Python Software Foundation/);
  });

  it('measures agreement against the answer shown, not only among the samples', async () => {
    const ctx = kit.ctx({ llm: kit.instanceLlm() });
    const u = await kit.makeUser();
    // Other learner data than the tests above, so no cached answer is reused.
    await updateProfile(ctx, u.id, { weeklyHours: 9, formats: ['video'] });
    // Three samples (temperature above 0) agree with each other; the answer shown (temperature
    // 0) says something else about the Tableau step.
    const shown = answer([DV, 'tableau/orientation']);
    shown.json.steps = shown.json.steps.map((st) =>
      st.id === 'tableau/orientation'
        ? {
            ...st,
            explanation: 'Cold calling scripts close every deal overnight, guaranteed.',
            practiceTask: 'Phone forty strangers before lunch.',
          }
        : st,
    );
    const bySampling = (req: { body: { temperature?: number } }) =>
      (req.body.temperature ?? 0) > 0 ? answer([DV, 'tableau/orientation']) : shown;
    kit.fake.enqueue(bySampling, bySampling, bySampling, bySampling);
    const p = await createPath(ctx, u.id, {
      goal: { skillIds: ['tableau'] },
      startDate: '2026-03-05',
    });
    expect(p.plan.engine.kind).toBe('model');
    const tableau = p.plan.steps.find((x) => x.id === 'tableau/orientation')!;
    expect(tableau.explanation).toMatch(/Cold calling/);
    const agreement = tableau.confidence.components.find((c) => c.key === 'model_agreement');
    expect(agreement?.value).toBe(0);
    expect(tableau.flags.some((f) => f.kind === 'contradiction')).toBe(true);
  });

  it('keeps the offline text of a step the model left blank', async () => {
    const ctx = kit.ctx({ llm: kit.instanceLlm() });
    const u = await kit.makeUser();
    await updateProfile(ctx, u.id, { weeklyHours: 3, formats: ['interactive'] });
    const blank = () => {
      const a = answer([DV, 'tableau/orientation']);
      a.json.steps = a.json.steps.map((st) =>
        st.id === 'tableau/orientation' ? { ...st, explanation: '', practiceTask: ' ' } : st,
      );
      return a;
    };
    kit.fake.enqueue(blank(), blank(), blank(), blank());
    const p = await createPath(ctx, u.id, {
      goal: { skillIds: ['tableau'] },
      startDate: '2026-03-09',
    });
    expect(p.plan.engine.kind).toBe('model');
    const tableau = p.plan.steps.find((x) => x.id === 'tableau/orientation')!;
    expect(tableau.explanation.trim().length).toBeGreaterThan(0);
    expect(tableau.practiceTask.trim().length).toBeGreaterThan(0);
  });

  it('falls back to the offline plan and says so when the model fails', async () => {
    const ctx = kit.ctx({ llm: kit.instanceLlm() });
    const u = await kit.makeUser();
    for (let i = 0; i < 6; i++) kit.fake.enqueue({ status: 503 });
    const p = await createPath(ctx, u.id, { goal: { skillIds: ['sql'] }, startDate: '2026-03-02' });
    expect(p.plan.engine.kind).toBe('offline');
    expect(p.plan.engine.note).toMatch(/could not be used \(llm_/);
    expect(p.plan.steps.map((s) => s.skillId)).toContain('sql');
  });
});
