import { describe, expect, it } from 'vitest';
import type { EveryOptions, JobSystem } from './job-system.ts';
import { registerJobs } from './register-jobs.ts';

describe('registered schedules', () => {
  it('checks catalog links hourly, the first batch soon after start', () => {
    const every: Array<{ queue: string; minutes: number; opts: EveryOptions | undefined }> = [];
    const fake: JobSystem = {
      register() {},
      every(queue, minutes, _payload, opts) {
        every.push({ queue, minutes, opts });
      },
      async enqueue() {},
      async start() {},
      async stop() {},
    };
    registerJobs(fake);
    const links = every.find((e) => e.queue === 'paths.catalog.check-links');
    expect(links?.minutes).toBe(60);
    // Not at the next hourly slot: within a few minutes of start.
    expect(links?.opts?.firstAfterMinutes).toBeDefined();
    expect(links?.opts?.firstAfterMinutes).toBeLessThanOrEqual(5);
  });
});
