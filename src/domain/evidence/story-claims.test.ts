import { describe, expect, it } from 'vitest';
import { fakeModel, INVENTED, modelKitPerFile } from '../../../test/fake-model-modes.ts';
import { approveSkillStory, draftSkillStory, editSkillStory, seedDemoEvidence } from './index.ts';

const env = modelKitPerFile();

async function userWithEvidence() {
  const { id } = await env.kit.makeUser();
  await seedDemoEvidence(env.kit.ctx(), id, { handle: null });
  return id;
}

describe('skill stories: claims must be shown by the cited entries', () => {
  it('flags an invented certification and head count, and blocks approval until edited', async () => {
    const userId = await userWithEvidence();
    env.kit.fake.setMode(fakeModel('invent'));
    const story = await draftSkillStory(env.ctx, userId, 'excel');
    expect(story.engine).toBe('model');
    const bad = story.sentences.find((s) => s.text.includes('Principal Data Scientist'))!;
    expect(bad.flagged).toBeTruthy();
    // Google, a one-word organisation the entries never name, is flagged too.
    expect(bad.flags.map((f) => f.kind).sort()).toEqual([
      'certification',
      'number',
      'organisation',
    ]);
    expect(bad.flags.find((f) => f.kind === 'number')!.text).toBe(INVENTED.number);
    const fine = story.sentences.filter((s) => s !== bad);
    expect(fine.every((s) => s.flags.length === 0 && !s.flagged)).toBe(true);
    expect(story.provenance).toMatchObject({ checks: ['schema', 'entry_ids', 'claims_strict'] });
    await expect(approveSkillStory(env.ctx, userId, story.id, 'public')).rejects.toMatchObject({
      code: 'invalid_input',
    });
    // Editing the number back in keeps it blocked; removing the sentence lets it through.
    const again = await editSkillStory(env.ctx, userId, story.id, {
      sentences: [...fine, { ...bad, text: 'They led a team of 40.', flags: [] }],
    });
    expect(again.sentences.at(-1)!.flags.map((f) => f.text)).toEqual(['40']);
    await editSkillStory(env.ctx, userId, story.id, { sentences: fine });
    const ok = await approveSkillStory(env.ctx, userId, story.id, 'public');
    expect(ok.status).toBe('approved');
    expect(JSON.stringify(ok)).not.toContain('Principal Data Scientist');
  });

  it('raises no flag on a story that states only what its entries show', async () => {
    const userId = await userWithEvidence();
    env.kit.fake.setMode(fakeModel('faithful'));
    const story = await draftSkillStory(env.ctx, userId, 'excel');
    expect(story.engine).toBe('model');
    expect(story.sentences.flatMap((s) => s.flags)).toEqual([]);
    expect((await approveSkillStory(env.ctx, userId, story.id)).status).toBe('approved');
  });

  it('keeps offline stories approvable', async () => {
    const userId = await userWithEvidence();
    const story = await draftSkillStory(env.kit.ctx(), userId, 'excel');
    expect(story.engine).toBe('offline');
    expect(story.sentences.flatMap((s) => s.flags)).toEqual([]);
    expect((await approveSkillStory(env.kit.ctx(), userId, story.id)).status).toBe('approved');
  });
});
