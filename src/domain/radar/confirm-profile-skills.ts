import { parseInput } from '../../errors.ts';
import type { Profile } from '../../shared/accounts.ts';
import { OnboardingConfirm } from '../../shared/radar.ts';
import { getProfile, updateProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';

/**
 * Merges confirmed suggestions into the profile: new skills are added, listed ones take the
 * confirmed level, others stay. Throws `invalid_input` (bad body or unknown skill id).
 */
export async function confirmProfileSkills(
  ctx: Ctx,
  userId: string,
  input: unknown,
): Promise<Profile> {
  const parsed = parseInput(OnboardingConfirm, input, 'The confirmation is invalid');
  const profile = await getProfile(ctx, userId);
  const levels = new Map(profile.skills.map((s) => [s.skillId, s.level]));
  for (const s of parsed.skills) levels.set(s.skillId, s.level);
  return updateProfile(ctx, userId, {
    ...profile,
    skills: [...levels.entries()].map(([skillId, level]) => ({ skillId, level })),
  });
}
