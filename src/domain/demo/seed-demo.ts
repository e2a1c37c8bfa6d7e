import { createUser, resetPassword, verifyPassword } from '../accounts/index.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { DEMO_PEERS } from '../peers/index.ts';
import { seedDemoWorkspace } from './seed-demo-workspace.ts';

export const DEMO_EMAIL = 'demo@skilltrace.local';
export const DEMO_PASSWORD = 'demo-password-1';

/**
 * Seeds the shared demo account (`SKILLTRACE_DEMO=shared`): one workspace everyone signs
 * into with a published password, portfolio at `/p/maya-demo`. Idempotent: a second call
 * finds the account, restores the published password (an instance that ran without the
 * shared demo locked it) and only fills in what is missing.
 */
export async function seedDemo(
  ctx: Ctx,
): Promise<{ email: string; password: string; created: boolean }> {
  const result = await seedSharedAccount(ctx);
  // The shared demo publishes one password for its people, the demo peers included.
  for (const peer of Object.values(DEMO_PEERS)) await publishPassword(ctx, peer.email);
  return result;
}

async function publishPassword(ctx: Ctx, email: string): Promise<void> {
  const user = await ctx.store.accounts.findUserByEmail(email);
  if (user && !(await verifyPassword(DEMO_PASSWORD, user.password_hash)))
    await resetPassword(ctx, { id: user.id }, DEMO_PASSWORD);
}

async function seedSharedAccount(
  ctx: Ctx,
): Promise<{ email: string; password: string; created: boolean }> {
  const existing = await ctx.store.accounts.findUserByEmail(DEMO_EMAIL);
  if (existing) {
    await publishPassword(ctx, DEMO_EMAIL);
    await seedDemoWorkspace(ctx, existing.id, { handle: null, fresh: false });
    return { email: DEMO_EMAIL, password: DEMO_PASSWORD, created: false };
  }
  return inTransaction(ctx, async (tx) => {
    const user = await createUser(tx, {
      email: DEMO_EMAIL,
      password: DEMO_PASSWORD,
      name: 'Maya Okafor (demo)',
      isDemo: true,
    });
    await seedDemoWorkspace(tx, user.id, { handle: 'maya-demo', fresh: true });
    return { email: DEMO_EMAIL, password: DEMO_PASSWORD, created: true };
  });
}
