import type { InstanceSettings } from '../../shared/accounts.ts';
import type { Ctx } from '../ctx.ts';

const KEY = 'instance';

/** The admin-editable instance settings; defaults come from configuration. */
export async function getInstanceSettings(ctx: Ctx): Promise<InstanceSettings> {
  const stored = await ctx.store.instance.getSetting<Partial<InstanceSettings>>(KEY);
  return {
    signup: stored?.signup ?? ctx.config.signup,
    allowPrivateNetwork: stored?.allowPrivateNetwork ?? ctx.config.allowPrivateNetwork,
  };
}

/** Saves instance settings. Callers check the admin role (`requireAdmin`). */
export async function updateInstanceSettings(
  ctx: Ctx,
  input: InstanceSettings,
): Promise<InstanceSettings> {
  await ctx.store.instance.setSetting(KEY, input, ctx.clock.now());
  ctx.log.info('instance settings changed', { ...input });
  return getInstanceSettings(ctx);
}
