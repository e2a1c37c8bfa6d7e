import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../../test/test-app.ts';
import { makeTestStore } from '../../../test/test-store.ts';
import type { App } from '../../app.ts';
import { getCertification } from '../../domain/taxonomy/index.ts';
import type { PathDiff, PathView } from '../../shared/paths.ts';

let app: App;
let a: TestAgent;

beforeAll(async () => {
  app = makeTestApp(await makeTestStore());
  a = new TestAgent(app);
  await a.signUp('exam@example.com', 'Exam');
});
afterAll(() => app.close());

describe('a certification as a goal', () => {
  const cert = getCertification('microsoft-pl-300');
  const weight = new Map(cert.objectives.map((o) => [o.id, o.weight]));
  const objectiveOf = (stepId: string) => stepId.split('/')[1]!.replace(/-\d+$/, '');

  it('follows the exam objectives by weight, each step citing its objective, and readiness moves the plan', async () => {
    const created = await a.json<PathView>('POST', '/api/paths', {
      goal: { certificationId: cert.id },
    });
    expect(created.status).toBe(201);
    const v1 = created.body;
    expect(v1.title).toBe(`Prepare for ${cert.name}`);
    expect(v1.plan.goal.certificationId).toBe(cert.id);
    const official = new Set(cert.objectives.map((o) => o.official));
    for (const s of v1.plan.steps) {
      expect(s.id.startsWith(`${cert.id}/`)).toBe(true);
      expect(official.has(s.cites!), s.id).toBe(true);
      expect(s.hours).toBeGreaterThanOrEqual(1);
      expect(s.hours).toBeLessThanOrEqual(6);
    }
    // Every objective is planned; with no answers yet, heavier objectives come first.
    const order = [...new Set(v1.plan.steps.map((s) => objectiveOf(s.id)))];
    expect(new Set(order)).toEqual(new Set(weight.keys()));
    const weights = order.map((id) => weight.get(id)!);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
    const hoursOf = (p: PathView, id: string) =>
      p.plan.steps.filter((s) => objectiveOf(s.id) === id).reduce((h, s) => h + s.hours, 0);
    expect(hoursOf(v1, 'prepare-data')).toBeGreaterThan(hoursOf(v1, 'deploy-maintain'));

    // Answer five "Prepare the data" questions right: that objective becomes ready.
    const bank = cert.questions.filter((q) => q.objectiveId === 'prepare-data').slice(0, 5);
    for (const q of bank) {
      const r = await a.json<{ correct: boolean }>('POST', '/api/practice/exam/answers', {
        certificationId: cert.id,
        questionId: q.id,
        choice: q.answer,
      });
      expect(r.body.correct).toBe(true);
    }
    const re = await a.json<{ changed: boolean; path: PathView; diff: PathDiff }>(
      'POST',
      `/api/paths/${v1.id}/regenerate`,
      {},
    );
    expect(re.body.changed).toBe(true);
    const v2 = re.body.path;
    expect(v2.currentVersion).toBe(2);
    expect(re.body.diff.inputChanges).toContain(
      'Practice exam: prepare-data is now ready (100% of your last 5 answers).',
    );
    // The ready objective keeps one review hour and goes last; the others keep their hours.
    const last = v2.plan.steps.at(-1)!;
    expect(objectiveOf(last.id)).toBe('prepare-data');
    expect(last.title).toBe('Review: Prepare the data');
    expect(hoursOf(v2, 'prepare-data')).toBe(1);
    expect(hoursOf(v2, 'model-data')).toBe(hoursOf(v1, 'model-data'));
    expect(v2.plan.schedule.totalHours).toBeLessThan(v1.plan.schedule.totalHours);
  });

  it('names the field for an unknown certification', async () => {
    const r = await a.json<{ error: { code: string; details: unknown } }>('POST', '/api/paths', {
      goal: { certificationId: 'made-up-exam' },
    });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.error.details)).toContain('goal.certificationId');
  });
});
