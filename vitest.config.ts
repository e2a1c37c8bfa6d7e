import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
    // Two cores: more workers only make each PGlite start slower.
    maxWorkers: 2,
    pool: 'forks',
  },
});
