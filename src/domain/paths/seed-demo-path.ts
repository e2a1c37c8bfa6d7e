import type { Ctx } from '../ctx.ts';
import { createPath } from './create-path.ts';

/**
 * Gives the demo user one path toward their target role (Data Analytics Consultant) when
 * they have none yet. Idempotent.
 */
export async function seedDemoPath(ctx: Ctx, userId: string): Promise<void> {
  if ((await ctx.store.paths.listPaths(userId)).length > 0) return;
  await createPath(ctx, userId, {
    goal: { roleId: 'data-analytics-consultant' },
    title: 'Become a Data Analytics Consultant',
  });
}
