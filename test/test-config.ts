import { type Config, loadConfig } from '../src/config.ts';

/** Configuration for tests: no model, quiet logs, a throwaway data folder, a fixed secret. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      SKILLTRACE_LOG_LEVEL: 'silent',
      SKILLTRACE_DATA_DIR: '/tmp/skilltrace-test-unused',
    }),
    secretKey: 'a'.repeat(64),
    // Cheap password hashing in tests; production defaults to 2^16.
    scryptLog2N: 10,
    ...overrides,
  };
}
