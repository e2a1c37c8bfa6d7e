import { AppError } from '../../errors.ts';
import { createUser, type StartedSession, startSession } from '../accounts/index.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { prepareDemoTemplate } from './prepare-demo-template.ts';
import { seedDemoWorkspace } from './seed-demo-workspace.ts';

/** How long a visitor's demo copy lives. */
export const DEMO_LIFETIME_MS = 24 * 3_600_000;
const WINDOW_MS = 60 * 60_000;
const MAX_PER_CLIENT = 10;

/**
 * "Try the demo": creates the visitor's own copy of the demo workspace (its radar cloned from
 * the prepared template, the rest seeded through the capabilities, its credential issued by
 * "<instance> (demo)"), removed after 24 hours, and signs the visitor into it. Limited to 10
 * copies per client address an hour. Throws `not_found` when the instance has demos off,
 * `rate_limited` past the limit.
 */
export async function createDemoCopy(
  ctx: Ctx,
  client: { ip?: string; userAgent?: string } = {},
): Promise<StartedSession> {
  if (ctx.config.demo === 'off') {
    throw new AppError('not_found', 'This instance does not offer a demo workspace');
  }
  const now = ctx.clock.now();
  const hits = await ctx.store.instance.hitRateLimit(
    `demo:ip:${client.ip ?? 'unknown'}`,
    now,
    WINDOW_MS,
  );
  if (hits > MAX_PER_CLIENT) {
    throw new AppError(
      'rate_limited',
      'Too many demo workspaces from here. Try again in an hour.',
      {
        details: { retryAfterSeconds: WINDOW_MS / 1000 },
      },
    );
  }
  const radar = await prepareDemoTemplate(ctx);
  const tag = ctx.ids.id().replace(/-/g, '').slice(0, 10);
  const user = await inTransaction(ctx, async (tx) => {
    const u = await createUser(tx, {
      email: `visitor-${tag}@demo.skilltrace.local`,
      password: tx.ids.token(24),
      name: 'Maya Okafor (demo)',
      isDemo: true,
      demoExpiresAt: new Date(now.getTime() + DEMO_LIFETIME_MS),
    });
    await seedDemoWorkspace(tx, u.id, { handle: `maya-demo-${tag}`, radar, fresh: true });
    return u;
  });
  ctx.log.info('demo copy created', { userId: user.id, ms: Date.now() - now.getTime() });
  return startSession(ctx, user, client.userAgent);
}
