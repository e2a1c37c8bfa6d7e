import type { ModelSettingsView } from '../../shared/model-settings.ts';
import type { Ctx } from '../ctx.ts';

/** A person's model settings and which ones answer, without the API key (only `hasKey`). */
export async function getModelSettings(ctx: Ctx, user: { id: string }): Promise<ModelSettingsView> {
  const row = await ctx.store.llm.findUserSettings(user.id);
  const active = await ctx.llm.describe(user.id);
  const instance = ctx.config.llm;
  return {
    active: active.active,
    own: row
      ? {
          provider: row.provider,
          baseUrl: row.base_url,
          model: row.model,
          embeddingModel: row.embedding_model,
          hasKey: row.api_key_sealed !== null,
          updatedAt: row.updated_at.toISOString(),
        }
      : null,
    instance: instance ? { provider: instance.provider, model: instance.model } : null,
    canEmbed: active.canEmbed,
  };
}
