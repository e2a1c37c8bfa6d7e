import { updateProfile } from '../accounts/index.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { issueCredential, seedDemoEvidence } from '../evidence/index.ts';
import { getPath, listPaths, regeneratePath, seedDemoPath, tickStep } from '../paths/index.ts';
import { DEMO_PEERS, seedDemoPeers } from '../peers/index.ts';
import { listBriefs, shareForReview, submitPeerReview } from '../practice/index.ts';
import { logTime } from '../progress/index.ts';
import { seedRadarDemo } from '../radar/index.ts';
import { seedPracticeDemo } from './seed-practice-demo.ts';

const DAY = 86_400_000;

/** The demo freelancer's profile: Excel reporting today, data analytics consulting next. */
export const DEMO_PROFILE = {
  headline: 'Freelance data analyst moving from Excel reporting to analytics consulting',
  domains: ['data', 'writing'],
  skills: [
    { skillId: 'excel', level: 4 },
    { skillId: 'google-sheets', level: 4 },
    { skillId: 'data-cleaning', level: 3 },
    { skillId: 'blog-writing', level: 4 },
    { skillId: 'tableau', level: 2 },
  ],
  targetRoles: ['data-analytics-consultant'],
  weeklyHours: 6,
  learningDays: ['tue', 'thu', 'sat'],
  formats: ['interactive', 'project', 'reading'],
  platforms: ['Upwork', 'LinkedIn'],
  visibility: 'private',
} as const;

/** Where a workspace's radar history comes from: a prepared template, or fresh extraction. */
export interface RadarSource {
  templateUserId: string;
  /** When the template was seeded: copied timestamps move forward by now − seededAt. */
  seededAt: Date;
}

/**
 * Fills `userId`'s workspace with the demo story: the profile, client requests and market
 * posts (copied from `radar` when given, else extracted), a ledger with a client-confirmed
 * project and the published portfolio at `handle`, a path in progress with logged time,
 * two practice briefs (one reviewed by a demo peer), peer matching, and an issued, public
 * Microsoft Excel credential. `fresh` marks a workspace just created. Throws what the verbs it calls throw (e.g. `conflict` when
 * the handle is taken).
 */
export async function seedDemoWorkspace(
  ctx: Ctx,
  userId: string,
  opts: { handle: string | null; radar?: RadarSource; fresh: boolean },
): Promise<void> {
  // An existing workspace (the shared demo on a later start) keeps its edits: only the
  // idempotent seeders run, filling in what is missing.
  if (opts.fresh) await updateProfile(ctx, userId, DEMO_PROFILE);
  const radar = opts.radar;
  if (radar) {
    await ctx.store.demo.copyRadar(radar.templateUserId, userId, {
      salt: userId,
      shiftMs: ctx.clock.now().getTime() - radar.seededAt.getTime(),
    });
  } else {
    await inTransaction(ctx, (tx) => seedRadarDemo(tx, userId));
  }
  // The ledger story first: practice adds its own entries, and the evidence seed only runs
  // on an empty ledger.
  await seedDemoEvidence(ctx, userId, { handle: opts.handle });
  await seedPathProgress(ctx, userId);
  await seedPracticeDemo(ctx, userId);
  await seedDemoPeers(ctx, userId);
  if (opts.fresh) await seedPeerReview(ctx, userId);
  const held = await ctx.store.credentials.listCredentials(userId);
  if (!held.some((c) => c.skill_id === 'excel')) {
    await issueCredential(ctx, userId, {
      skillId: 'excel',
      level: 'working',
      visibility: 'public',
    });
  }
}

/**
 * The path toward the target role, started long enough ago that its first two steps are done
 * today (version 2 moves the start date back), with the past sessions logged as time. The
 * next session of the third step falls this week.
 */
async function seedPathProgress(ctx: Ctx, userId: string): Promise<void> {
  if ((await listPaths(ctx, userId)).length > 0) return;
  await seedDemoPath(ctx, userId);
  const [summary] = await listPaths(ctx, userId);
  if (!summary) return;
  const first = await getPath(ctx, userId, summary.id);
  const steps = first.plan.steps;
  const third = steps[2];
  const sessions = first.plan.schedule.sessions;
  const thirdStart = third && sessions.find((x) => x.stepId === third.id)?.date;
  if (!third || !thirdStart) return;
  const now = ctx.clock.now();
  const days = Math.round(
    (Date.parse(thirdStart) - Date.parse(first.plan.schedule.startDate)) / DAY,
  );
  const { path } = await regeneratePath(ctx, userId, first.id, {
    startDate: new Date(now.getTime() - days * DAY).toISOString().slice(0, 10),
  });
  const today = now.toISOString().slice(0, 10);
  const past = path.plan.schedule.sessions.filter((x) => x.date < today).slice(-60);
  for (const session of past) {
    const step = path.plan.steps.find((x) => x.id === session.stepId);
    await logTime(ctx, userId, {
      targetKind: 'step',
      targetId: session.stepId,
      pathId: path.id,
      // Naming the skill spares a look-up of every path per entry.
      ...(step ? { skillId: step.skillId } : {}),
      startedAt: new Date(`${session.date}T${session.start}:00Z`).toISOString(),
      minutes: Math.max(1, Math.round(session.hours * 60)),
      note: step ? `Worked on “${step.skillName}”` : '',
    });
  }
  for (const step of path.plan.steps.slice(0, 2)) {
    await tickStep(ctx, userId, path.id, step.id, true);
  }
}

/** The demo's first practice brief, shared with Sam and reviewed by him. */
async function seedPeerReview(ctx: Ctx, userId: string): Promise<void> {
  const sam = await ctx.store.accounts.findUserByEmail(DEMO_PEERS.sam.email);
  const briefs = await listBriefs(ctx, userId, {});
  const brief = briefs.find((b) => b.skillId === 'excel') ?? briefs[0];
  if (!sam || !brief) return;
  const share = await shareForReview(ctx, userId, brief.id, { reviewerUserId: sam.id });
  await submitPeerReview(ctx, sam.id, share.token, {
    scores: brief.content.rubric.map((c, i) => ({
      criterionId: c.id,
      score: i % 2 ? 3 : 4,
      feedback:
        i % 2
          ? 'Say which channel to cut first, and why: the client will ask.'
          : 'The revenue pivot answers the owner’s question in one glance.',
      quotes: [],
    })),
  });
}
