import { describe, expect, it } from 'vitest';
import { appPerSuite } from '../../../test/app-per-suite.ts';
import { submitAndSelfReview } from '../../../test/practice-steps.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { STORE_KINDS } from '../../../test/test-store.ts';
import { Brief } from '../../shared/practice.ts';
import { updateProfile } from '../accounts/index.ts';
import { listEvidence } from '../evidence/index.ts';
import { blockUser, updatePeerProfile } from '../peers/index.ts';
import { addBrief } from '../radar/index.ts';
import {
  addCard,
  answerCard,
  answerExamQuestion,
  createBrief,
  getExamQuestions,
  getReadiness,
  getReviewQueue,
  getScaffold,
  importCredential,
  listBriefReviews,
  listPeerRequests,
  selfReview,
  setScaffoldOverride,
  shareForReview,
  submitDeliverable,
  submitPeerReview,
} from './index.ts';

const DAY = 86_400_000;

describe.each(STORE_KINDS)('practice on %s', (kind) => {
  const clock = fixedClock('2026-03-02T09:00:00Z');
  const { ctx, user } = appPerSuite(kind, { clock, prefix: 'p' });
  const reviewAll = (userId: string, brief: Brief, score: number) =>
    submitAndSelfReview(ctx(), userId, brief, score);

  it('creates the same offline brief for the same seed, and stores it', async () => {
    const u = await user();
    const a = await createBrief(ctx(), u, { skillId: 'excel', level: 'beginner', seed: 'fixed' });
    const b = await createBrief(ctx(), u, { skillId: 'excel', level: 'beginner', seed: 'fixed' });
    expect(a.id).not.toBe(b.id);
    expect(b.content).toEqual(a.content);
    expect(a.source).toBe('offline');
    expect(a.scaffold.level).toBe('worked_example');
    expect(Brief.parse(a)).toBeTruthy();
    await expect(createBrief(ctx(), u, { skillId: 'no-such-skill' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('starts a brief from a posting the person imported, using its text; others cannot', async () => {
    const u = await user();
    const other = await user();
    const added = await addBrief(ctx(), u, {
      title: 'Quarterly sales dashboard',
      text: 'We run a bike shop and need an Excel dashboard of quarterly sales by store, budget $450, ready within 10 days.',
    });
    const postId = added.post!.id;
    const brief = await createBrief(ctx(), u, { skillId: 'excel', postId });
    expect(brief.source).toBe('posting');
    expect(brief.postId).toBe(postId);
    expect(brief.content.context).toContain('bike shop');
    expect(brief.content.constraints.budget.amount).toBe(450);
    expect(brief.content.constraints.deadlineDays).toBe(10);
    await expect(createBrief(ctx(), other, { skillId: 'excel', postId })).rejects.toMatchObject({
      code: 'not_found',
    });
    // Without postId the person's postings still shape the brief.
    const patterned = await createBrief(ctx(), u, { skillId: 'excel', seed: 'p' });
    expect(patterned.postingPatterns.join(' ')).toContain('Excel dashboard');
  });

  it('takes a submission and a self-review, and records the reviewed work as evidence once', async () => {
    const u = await user();
    const brief = await createBrief(ctx(), u, { skillId: 'excel', seed: 's1' });
    await expect(selfReview(ctx(), u, brief.id, { scores: [] })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      submitDeliverable(ctx(), u, brief.id, {
        files: [
          {
            name: 'x.png',
            type: 'image/png',
            contentBase64: Buffer.from('not a png').toString('base64'),
          },
        ],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const sub = await submitDeliverable(ctx(), u, brief.id, {
      text: 'Built a pivot of sales by store; West grew 12%.',
      links: ['https://example.com/workbook'],
      files: [
        {
          name: 'data.csv',
          type: 'text/csv',
          contentBase64: Buffer.from('store,sales\nWest,12\n').toString('base64'),
        },
      ],
    });
    expect(sub.files[0]).toMatchObject({ name: 'data.csv', bytes: 20 });
    const scores = brief.content.rubric.map((c, i) => ({
      criterionId: c.id,
      score: i % 2 ? 3 : 4,
      feedback: 'fine',
      quotes: i === 0 ? ['West grew 12%', 'East fell'] : [],
    }));
    const review = await selfReview(ctx(), u, brief.id, { scores });
    expect(review.kind).toBe('self');
    expect(review.flags).toEqual([
      expect.objectContaining({
        criterionId: scores[0]!.criterionId,
        kind: 'quote_not_found',
        detail: 'East fell',
      }),
    ]);
    await selfReview(ctx(), u, brief.id, { scores });
    expect(await listBriefReviews(ctx(), u, brief.id)).toHaveLength(2);
    const entries = (await listEvidence(ctx(), u)).filter((e) => e.kind === 'practice_deliverable');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.skills).toEqual(['excel']);
    expect(entries[0]!.data).toMatchObject({ briefId: brief.id, reviewed: true });
  });

  it('fades scaffolding with good results, restores it with poor ones, and honours an override', async () => {
    const u = await user();
    let seeds = 0;
    const make = () => createBrief(ctx(), u, { skillId: 'tableau', seed: `t${++seeds}` });
    await reviewAll(u, await make(), 3);
    expect((await getScaffold(ctx(), u, 'tableau')).level).toBe('worked_example');
    await reviewAll(u, await make(), 4);
    expect((await getScaffold(ctx(), u, 'tableau')).level).toBe('hints');
    const hinted = await make();
    expect(hinted.scaffold.level).toBe('hints');
    expect(hinted.scaffold.workedExample).toBeNull();
    await reviewAll(u, hinted, 1);
    expect((await getScaffold(ctx(), u, 'tableau')).level).toBe('worked_example');
    const over = await setScaffoldOverride(ctx(), u, 'tableau', 'on_your_own');
    expect(over).toMatchObject({
      level: 'worked_example',
      override: 'on_your_own',
      inUse: 'on_your_own',
    });
    expect((await make()).scaffold).toEqual({
      level: 'on_your_own',
      workedExample: null,
      hints: [],
    });
    expect((await setScaffoldOverride(ctx(), u, 'tableau', null)).inUse).toBe('worked_example');
  });

  it('lets a named peer review shared work without revealing who reviewed', async () => {
    const owner = await user();
    const peer = await user();
    const stranger = await user();
    const brief = await createBrief(ctx(), owner, { skillId: 'blog-writing', seed: 'peer' });
    await submitDeliverable(ctx(), owner, brief.id, { text: 'Ten tips for shop owners.' });
    // Only someone in peer learning can be asked: not the stranger, who never opted in.
    await expect(
      shareForReview(ctx(), owner, brief.id, { reviewerUserId: peer }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await updatePeerProfile(ctx(), peer, { optedIn: true });
    await updatePeerProfile(ctx(), stranger, { optedIn: true });
    // Nor someone who blocked you (told apart from nobody by nothing).
    await blockUser(ctx(), stranger, owner);
    await expect(
      shareForReview(ctx(), owner, brief.id, { reviewerUserId: stranger }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const share = await shareForReview(ctx(), owner, brief.id, { reviewerUserId: peer });
    const scores = brief.content.rubric.map((c) => ({
      criterionId: c.id,
      score: 2,
      feedback: 'Add examples',
      quotes: ['Ten tips'],
    }));
    await expect(submitPeerReview(ctx(), stranger, share.token, { scores })).rejects.toMatchObject({
      code: 'not_found',
    });
    await submitPeerReview(ctx(), peer, share.token, { scores });
    await expect(submitPeerReview(ctx(), peer, share.token, { scores })).rejects.toMatchObject({
      code: 'conflict',
    });
    const [review] = await listBriefReviews(ctx(), owner, brief.id);
    expect(review).toMatchObject({ kind: 'peer', reviewer: 'peer', average: 2 });
    expect(JSON.stringify(review)).not.toContain(peer);
  });

  it('closes a pending review request once either side blocks the other', async () => {
    const owner = await user();
    const peer = await user();
    await updatePeerProfile(ctx(), peer, { optedIn: true });
    const brief = await createBrief(ctx(), owner, { skillId: 'blog-writing', seed: 'block' });
    await submitDeliverable(ctx(), owner, brief.id, { text: 'Ten tips for shop owners.' });
    const share = await shareForReview(ctx(), owner, brief.id, { reviewerUserId: peer });
    expect((await listPeerRequests(ctx(), peer)).map((r) => r.token)).toContain(share.token);
    await blockUser(ctx(), owner, peer);
    expect((await listPeerRequests(ctx(), peer)).map((r) => r.token)).not.toContain(share.token);
    const scores = brief.content.rubric.map((c) => ({
      criterionId: c.id,
      score: 0,
      feedback: 'Terrible',
      quotes: ['Ten tips'],
    }));
    await expect(submitPeerReview(ctx(), peer, share.token, { scores })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('keeps the daily review queue within the budget and spreads a backlog', async () => {
    const u = await user();
    await updateProfile(ctx(), u, { weeklyHours: 2, learningDays: ['mon', 'thu'] }); // 60 min/day → 9 min
    for (let i = 0; i < 20; i++)
      await addCard(ctx(), u, { skillId: 'excel', front: `Q${i}?`, back: `A${i}` });
    const first = await getReviewQueue(ctx(), u);
    expect(first.minutesCap).toBe(9);
    expect(first.cards).toHaveLength(3); // all new: a third of the cap
    for (const c of first.cards) {
      const answered = await answerCard(ctx(), u, c.id, { rating: 'easy' });
      expect(answered.state).toBe('review');
      expect(new Date(answered.due).getTime()).toBeGreaterThan(clock.now().getTime() + DAY);
    }
    const again = await getReviewQueue(ctx(), u);
    expect(again.cards.map((c) => c.id)).not.toContain(first.cards[0]!.id);
    expect(again.cards).toHaveLength(3);
    expect(again.deferred).toBe(14);
    expect(again.forecast.reduce((a, x) => a + x, 0)).toBeGreaterThan(again.cards.length);
    await expect(answerCard(ctx(), u, first.cards[0]!.id, { rating: 'meh' })).rejects.toMatchObject(
      {
        code: 'invalid_input',
      },
    );
  });

  it('tracks certification readiness per objective from exam answers', async () => {
    const u = await user();
    const qs = await getExamQuestions(ctx(), u, 'scrum-psm-1', {
      count: 10,
      seed: 'exam',
      useModel: false,
    });
    expect(qs).toHaveLength(10);
    expect(qs[0]).not.toHaveProperty('answer');
    const { getCertification } = await import('../taxonomy/index.ts');
    const bank = getCertification('scrum-psm-1').questions;
    const events = bank.filter((q) => q.objectiveId === 'scrum-events');
    for (const q of events.slice(0, 5))
      await answerExamQuestion(ctx(), u, 'scrum-psm-1', { questionId: q.id, choice: q.answer });
    const wrong = bank.find((q) => q.objectiveId === 'scrum-theory')!;
    const r = await answerExamQuestion(ctx(), u, 'scrum-psm-1', {
      questionId: wrong.id,
      choice: (wrong.answer + 1) % wrong.choices.length,
    });
    expect(r).toMatchObject({ correct: false, answer: wrong.answer });
    const ready = await getReadiness(ctx(), u, 'scrum-psm-1');
    expect(ready.objectives.find((o) => o.objectiveId === 'scrum-events')).toMatchObject({
      answered: 5,
      accuracy: 1,
      ready: true,
    });
    expect(ready.objectives.find((o) => o.objectiveId === 'scrum-theory')).toMatchObject({
      answered: 1,
      accuracy: 0,
      ready: false,
    });
    expect(ready.ready).toBe(false);
    // The weakest objectives come first next time.
    const next = await getExamQuestions(ctx(), u, 'scrum-psm-1', {
      count: 3,
      seed: 'n',
      useModel: false,
    });
    expect(next.every((q) => q.objectiveId !== 'scrum-events')).toBe(true);
  });

  it('keeps an unverifiable credential self-reported', async () => {
    const u = await user();
    const c = await importCredential(ctx(), u, {
      content: JSON.stringify({
        type: 'Assertion',
        recipient: { identity: 'x' },
        badge: { type: 'BadgeClass', name: 'B' },
      }),
      certificationId: 'google-analytics-ga4',
    });
    expect(c).toMatchObject({
      format: 'ob2',
      status: 'self_reported',
      certificationId: 'google-analytics-ga4',
    });
    expect(c.checks.find((x) => x.check === 'hosted')?.ok).toBe(false);
    clock.advance(DAY);
  });
});
