import { afterAll, beforeAll, beforeEach } from 'vitest';
import { z } from 'zod';
import { type LlmKit, makeLlmKit } from './llm-test-ctx.ts';

/** The answer the model-layer tests ask for: skills with ids and names. */
export const SkillsAnswer = z.object({
  skills: z.array(z.object({ id: z.string(), name: z.string() })),
});

/**
 * One model kit per test file: made before its tests, closed after them, its fake model server
 * reset before each test. Call the returned function to reach it.
 */
export function llmKitPerFile(): () => LlmKit {
  let kit: LlmKit | undefined;
  beforeAll(async () => {
    kit = await makeLlmKit();
  });
  afterAll(() => kit?.close());
  beforeEach(() => kit?.fake.reset());
  return () => {
    if (!kit) throw new Error('the model kit is made in beforeAll');
    return kit;
  };
}
