import { parseInput } from '../../errors.ts';
import type { ConnectionCheck } from '../../llm/index.ts';
import { ModelSettingsInput } from '../../shared/model-settings.ts';
import type { Ctx } from '../ctx.ts';

/**
 * Makes a tiny real call and reports ok, latency and, on failure, a message fit to show.
 * Without `candidate` it tests the settings that answer for the person now; with it, the
 * typed settings before saving (the saved key is used when none is typed). Throws
 * `invalid_input` for malformed candidate settings; a failing model is a result, not an error.
 */
export async function testModelConnection(
  ctx: Ctx,
  user: { id: string },
  candidate?: unknown,
): Promise<ConnectionCheck> {
  if (candidate === undefined || candidate === null)
    return ctx.llm.testConnection({ userId: user.id });
  const c = parseInput(ModelSettingsInput, candidate, 'The model settings are not valid');
  return ctx.llm.testConnection({
    userId: user.id,
    candidate: {
      provider: c.provider,
      baseUrl: c.baseUrl ?? undefined,
      model: c.model,
      apiKey: c.apiKey ?? undefined,
    },
  });
}
