import { purgeExpired } from '../domain/accounts/index.ts';
import type { JobSystem } from './job-system.ts';

/**
 * Registers every background job and schedule. Each capability adds its jobs here,
 * calling domain verbs only.
 */
export function registerJobs(jobs: JobSystem): void {
  jobs.register('maintenance.purge', (ctx) => purgeExpired(ctx));
  jobs.every('maintenance.purge', 60);
}
