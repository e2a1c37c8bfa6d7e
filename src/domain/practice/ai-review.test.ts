import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LlmKit, makeLlmKit } from '../../../test/llm-test-ctx.ts';
import type { Ctx } from '../ctx.ts';
import { aiReview, createBrief, listBriefReviews, submitDeliverable } from './index.ts';

describe('model-written briefs and AI review (fake model server)', () => {
  let kit: LlmKit;
  let ctx: Ctx;
  let offline: Ctx;
  let userId: string;

  beforeAll(async () => {
    kit = await makeLlmKit();
    ctx = kit.ctx({ llm: kit.instanceLlm() });
    offline = kit.ctx();
    userId = (await kit.makeUser()).id;
  });
  afterAll(() => kit.close());

  it('checks the AI review: every criterion once, invented quotes dropped and flagged', async () => {
    const brief = await createBrief(offline, userId, { skillId: 'excel', seed: 'ai' });
    await submitDeliverable(offline, userId, brief.id, {
      text: 'I cleaned 1,200 rows and built a pivot table.\nSales in the West region grew 12%.',
    });
    await expect(aiReview(offline, userId, brief.id)).rejects.toMatchObject({
      code: 'llm_unavailable',
    });
    const [first, ...rest] = brief.content.rubric;
    kit.fake.enqueue({
      json: {
        scores: [
          {
            criterionId: first!.id,
            score: 3,
            feedback: 'Say what the 12% means for stock.',
            quotes: ['Sales in the West region grew 12%.', 'Profit doubled in March'],
          },
          ...rest.map((c) => ({
            criterionId: c.id,
            score: 2,
            feedback: 'Explain the cleaning steps.',
            quotes: ['I cleaned 1,200 rows'],
          })),
        ],
      },
    });
    const review = await aiReview(ctx, userId, brief.id);
    expect(review.kind).toBe('ai');
    expect(review.reviewer).toBe('model');
    expect(review.scores).toHaveLength(brief.content.rubric.length);
    expect(review.scores[0]!.quotes).toEqual(['Sales in the West region grew 12%.']);
    expect(review.flags).toEqual([
      {
        criterionId: first!.id,
        kind: 'quote_not_found',
        detail: 'Profit doubled in March',
        text: 'Profit doubled in March',
        reason: 'not found in the submission',
      },
    ]);
    expect(review.provenance).toMatchObject({ model: 'llama3.1:8b' });
    // The submission reached the model only inside a delimited data block.
    const sent = kit.fake.requests.at(-1)!.userText;
    expect(sent).toContain('I cleaned 1,200 rows');
  });

  it('rejects an AI review that skips a rubric criterion', async () => {
    const brief = await createBrief(offline, userId, { skillId: 'excel', seed: 'ai2' });
    await submitDeliverable(offline, userId, brief.id, { text: 'A short deliverable.' });
    const missing = {
      scores: [
        { criterionId: brief.content.rubric[0]!.id, score: 4, feedback: 'Great', quotes: [] },
      ],
    };
    kit.fake.enqueue({ json: missing }, { json: missing });
    await expect(aiReview(ctx, userId, brief.id)).rejects.toMatchObject({ code: 'llm_bad_output' });
    expect(await listBriefReviews(ctx, userId, brief.id)).toHaveLength(0);
  });

  it('uses a model-written brief when it passes the brief schema, else the offline one', async () => {
    const offlineBrief = await createBrief(offline, userId, { skillId: 'tableau', seed: 'm' });
    const written = {
      ...offlineBrief.content,
      title: 'Tableau sales dashboard for a bakery chain',
    };
    kit.fake.enqueue({ json: written });
    const b = await createBrief(ctx, userId, { skillId: 'tableau', seed: 'm' });
    expect(b.source).toBe('model');
    expect(b.content.title).toBe('Tableau sales dashboard for a bakery chain');
    kit.fake.enqueue({ json: { title: 'broken' } }, { json: { title: 'broken' } });
    // Another level: not served from the model answer cache.
    const fallback = await createBrief(ctx, userId, {
      skillId: 'tableau',
      level: 'advanced',
      seed: 'm',
    });
    const expected = await createBrief(offline, userId, {
      skillId: 'tableau',
      level: 'advanced',
      seed: 'm',
    });
    expect(fallback.source).toBe('offline');
    expect(fallback.content).toEqual(expected.content);
    expect(fallback.provenance).toMatchObject({ fallback: 'llm_bad_output' });
  });
});
