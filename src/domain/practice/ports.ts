import type { PathView } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import {
  listEvidence,
  listCredentials as listIssuedCredentials,
  recordEvidence,
  verifyCredential,
} from '../evidence/index.ts';
import { getPath, listPaths } from '../paths/index.ts';
import { listPosts } from '../radar/index.ts';

// What practice and progress read from the other capabilities, narrowed to what they need.

/** A job post the person imported (radar). */
export interface PostLike {
  id: string;
  title: string;
  text: string;
  budget: string | null;
  skillIds: string[];
}

const PAGE = 200;

/** The person's imported posts, newest first (at most 200). */
export async function listUserPosts(ctx: Ctx, userId: string): Promise<PostLike[]> {
  const { posts } = await listPosts(ctx, userId, { limit: PAGE, offset: 0 });
  return posts.map((p) => ({
    id: p.id,
    title: p.title,
    text: p.text,
    budget: p.budget,
    skillIds: p.skills.map((s) => s.skillId),
  }));
}

/** One of the person's posts, or undefined (another person's post is never found). */
export async function findUserPost(
  ctx: Ctx,
  userId: string,
  postId: string,
): Promise<PostLike | undefined> {
  for (let offset = 0; offset < 10_000; offset += PAGE) {
    const { posts, total } = await listPosts(ctx, userId, { limit: PAGE, offset });
    const p = posts.find((x) => x.id === postId);
    if (p)
      return {
        id: p.id,
        title: p.title,
        text: p.text,
        budget: p.budget,
        skillIds: p.skills.map((s) => s.skillId),
      };
    if (offset + PAGE >= total) return undefined;
  }
  return undefined;
}

/** A path step as progress and review cards need it. */
export interface StepLike {
  id: string;
  title: string;
  objective: string;
  skillIds: string[];
  hours: number;
  done: boolean;
  doneAt: Date | undefined;
}

/** A path (a goal) with its steps. */
export interface PathLike {
  id: string;
  title: string;
  deadline: Date | undefined;
  steps: StepLike[];
  /** The path's numbers as the paths capability computes them (one source for every screen). */
  numbers: PathView['numbers'];
}

/** The person's paths with their current steps and which are done. */
export async function listUserPaths(ctx: Ctx, userId: string): Promise<PathLike[]> {
  const out: PathLike[] = [];
  for (const summary of await listPaths(ctx, userId)) {
    const view = await getPath(ctx, userId, summary.id);
    const deadline = view.plan.schedule.deadline;
    out.push({
      id: view.id,
      title: view.title,
      deadline: deadline ? new Date(`${deadline}T23:59:59Z`) : undefined,
      numbers: view.numbers,
      steps: view.plan.steps.map((s) => {
        const doneAt = view.done[s.id];
        return {
          id: s.id,
          title: s.title ?? s.skillName,
          objective: s.objective,
          skillIds: [s.skillId],
          hours: s.hours,
          done: !!doneAt,
          doneAt: doneAt ? new Date(doneAt) : undefined,
        };
      }),
    });
  }
  return out;
}

/** An entry of the evidence ledger, as progress needs it. */
export interface EvidenceLike {
  id: string;
  skillIds: string[];
  at: Date;
}

/** The person's (not deleted) evidence entries. */
export async function listUserEvidence(ctx: Ctx, userId: string): Promise<EvidenceLike[]> {
  return (await listEvidence(ctx, userId))
    .filter((e) => !e.deleted)
    .map((e) => ({ id: e.id, skillIds: e.skills, at: new Date(e.occurredAt) }));
}

/** Skills with a credential this instance issued to the person (and not revoked). */
export async function listIssuedSkills(ctx: Ctx, userId: string): Promise<Set<string>> {
  return new Set(
    (await listIssuedCredentials(ctx, userId)).filter((c) => !c.revoked).map((c) => c.skillId),
  );
}

/** Records a reviewed practice deliverable in the evidence ledger; returns the entry id. */
export async function recordPracticeEvidence(
  ctx: Ctx,
  userId: string,
  input: {
    title: string;
    description: string;
    skillId: string;
    occurredAt: Date;
    data: Record<string, unknown>;
  },
): Promise<string> {
  const entry = await recordEvidence(ctx, userId, {
    kind: 'practice_deliverable',
    title: input.title.slice(0, 200),
    description: input.description,
    skills: [input.skillId],
    occurredAt: input.occurredAt.toISOString(),
    data: { ...input.data, reviewed: true },
    visibility: 'private',
  });
  return entry.id;
}

/** Verifies an OB3 VC-JWT with the evidence capability's verifier. */
export async function verifyVcJwt(
  ctx: Ctx,
  jwt: string,
): Promise<{ available: boolean; valid: boolean; detail: string }> {
  try {
    const r = await verifyCredential(ctx, { credential: jwt });
    return { available: true, valid: r.valid, detail: r.signature.message };
  } catch (e) {
    return { available: true, valid: false, detail: (e as Error).message };
  }
}
