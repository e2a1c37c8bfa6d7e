import { createUser, updateProfile } from '../accounts/index.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { seedDemoEvidence } from '../evidence/index.ts';
import { seedDemoPath } from '../paths/index.ts';
import { seedDemoPeers } from '../peers/index.ts';
import { seedRadarDemo } from '../radar/index.ts';
import { seedPracticeDemo } from './seed-practice-demo.ts';

export const DEMO_EMAIL = 'demo@skilltrace.local';
export const DEMO_PASSWORD = 'demo-password-1';

/**
 * Seeds the demo workspace once: a freelance data/content person with a filled profile.
 * Idempotent: a second call finds the demo account and changes nothing.
 */
export async function seedDemo(
  ctx: Ctx,
): Promise<{ email: string; password: string; created: boolean }> {
  const existing = await ctx.store.accounts.findUserByEmail(DEMO_EMAIL);
  if (existing) {
    // Workspaces seeded before the radar existed get its demo data once (no-op afterwards).
    await inTransaction(ctx, (tx) => seedRadarDemo(tx, existing.id));
    await seedDemoEvidence(ctx, existing.id);
    await seedDemoPath(ctx, existing.id);
    await seedPracticeDemo(ctx, existing.id);
    await inTransaction(ctx, (tx) => seedDemoPeers(tx, existing.id));
    return { email: DEMO_EMAIL, password: DEMO_PASSWORD, created: false };
  }
  return inTransaction(ctx, async (tx) => seed(tx));
}

async function seed(ctx: Ctx): Promise<{ email: string; password: string; created: boolean }> {
  const user = await createUser(ctx, {
    email: DEMO_EMAIL,
    password: DEMO_PASSWORD,
    name: 'Maya Okafor (demo)',
    isDemo: true,
  });
  await updateProfile(ctx, user.id, {
    headline: 'Freelance data analyst and content writer for e-commerce brands',
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
  });
  await seedRadarDemo(ctx, user.id);
  // The ledger story first: practice adds its own entries, and the evidence seed only runs
  // on an empty ledger.
  await seedDemoEvidence(ctx, user.id);
  await seedDemoPath(ctx, user.id);
  await seedPracticeDemo(ctx, user.id);
  await seedDemoPeers(ctx, user.id);
  return { email: DEMO_EMAIL, password: DEMO_PASSWORD, created: true };
}
