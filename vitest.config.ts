import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two cores: more workers only make each PGlite start slower.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          include: [
            'src/**/*.test.ts',
            'cli/**/*.test.ts',
            'test/**/*.test.ts',
            'eval/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          globalSetup: ['./test/global-setup.ts'],
          setupFiles: ['./test/no-internet.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // Test files share a worker's loaded modules (the app, the taxonomy, the migrated
          // template): every file builds its own store and app, none mocks modules or edits
          // process.env, and module import time fell from 82 s to 19 s summed.
          isolate: false,
        },
      },
      {
        // The browser app's unit tests: no database, no global setup.
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/no-internet.ts'],
          pool: 'threads',
        },
      },
    ],
  },
});
