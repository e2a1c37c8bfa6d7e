import { AppError, parseInput } from '../../errors.ts';
import { ModelLimitsInput } from '../../shared/model-settings.ts';
import type { Ctx } from '../ctx.ts';

/**
 * Sets the instance's limits on model use (admins only). Throws `forbidden` for members
 * and `invalid_input` for malformed limits.
 */
export async function setModelLimits(
  ctx: Ctx,
  user: { id: string; role: string },
  input: unknown,
): Promise<ModelLimitsInput> {
  if (user.role !== 'admin') throw new AppError('forbidden', 'Only an admin can set model limits');
  const parsed = parseInput(ModelLimitsInput, input, 'The model limits are not valid');
  await ctx.store.llm.setLimits(parsed, ctx.clock.now());
  ctx.log.info('model limits changed', { by: user.id, ...parsed });
  return ctx.store.llm.getLimits();
}
