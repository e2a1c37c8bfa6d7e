import type { JobSystem } from './job-system.ts';

/**
 * Registers every background job and schedule. Each capability adds its jobs here,
 * calling domain verbs only.
 */
export function registerJobs(jobs: JobSystem): void {
  jobs.register('maintenance.purge', async (ctx) => {
    const now = ctx.clock.now();
    await ctx.store.accounts.deleteExpiredSessions(now);
    await ctx.store.jobs.purgeFinished(new Date(now.getTime() - 7 * 86_400_000));
  });
  jobs.every('maintenance.purge', 60);
}
