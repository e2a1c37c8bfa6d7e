import { AppError, isAppError, parseInput } from '../../errors.ts';
import { createSecretBox } from '../../secrets/secret-box.ts';
import { ModelSettingsInput, type ModelSettingsView } from '../../shared/model-settings.ts';
import type { Ctx } from '../ctx.ts';
import { getModelSettings } from './get-model-settings.ts';

function invalid(path: string, message: string): AppError {
  return new AppError('invalid_input', `${path}: ${message}`, {
    details: { issues: [{ path, message }] },
  });
}

/**
 * Validates and saves a person's own model provider (`null` removes it, so the instance's
 * model answers again). The key is sealed with the instance secret key; it is kept only
 * while provider and base URL stay the same, so it is never sent to a server it was not
 * entered for. Throws `invalid_input` for bad settings or a base URL on a private address
 * an admin has not allowed.
 */
export async function updateModelSettings(
  ctx: Ctx,
  user: { id: string },
  input: unknown,
): Promise<ModelSettingsView> {
  if (input === null) {
    await ctx.store.llm.deleteUserSettings(user.id);
    ctx.log.info('model settings removed', { userId: user.id });
    return getModelSettings(ctx, user);
  }
  const s = parseInput(ModelSettingsInput, input, 'The model settings are not valid');
  const baseUrl = s.baseUrl ? s.baseUrl.replace(/\/+$/, '') : null;
  if (s.provider === 'openai-compatible' && !baseUrl)
    throw invalid('baseUrl', 'An OpenAI-compatible server needs a base URL');
  if (baseUrl) {
    try {
      await ctx.llm.assertBaseUrlAllowed(baseUrl);
    } catch (e) {
      if (isAppError(e, 'forbidden') || isAppError(e, 'upstream_failed'))
        throw invalid('baseUrl', e.message);
      throw e;
    }
  }
  const existing = await ctx.store.llm.findUserSettings(user.id);
  let sealed: string | null = null;
  if (s.apiKey) {
    if (!ctx.config.secretKey)
      throw new AppError('internal_error', 'The instance has no secret key to protect API keys');
    sealed = createSecretBox(ctx.config.secretKey).seal(s.apiKey, user.id);
  } else if (
    s.apiKey === undefined &&
    existing &&
    existing.provider === s.provider &&
    existing.base_url === baseUrl
  ) {
    sealed = existing.api_key_sealed;
  }
  await ctx.store.llm.upsertUserSettings({
    user_id: user.id,
    provider: s.provider,
    base_url: baseUrl,
    model: s.model,
    embedding_model: s.embeddingModel ?? null,
    api_key_sealed: sealed,
    updated_at: ctx.clock.now(),
  });
  ctx.log.info('model settings changed', {
    userId: user.id,
    provider: s.provider,
    model: s.model,
    hasKey: sealed !== null,
  });
  return getModelSettings(ctx, user);
}
