import { AppError } from '../../errors.ts';
import { Profile } from '../../shared/accounts.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../taxonomy/index.ts';

const EMPTY: Profile = Profile.parse({});

/** The user's freelancer profile; an empty default when none has been saved. */
export function getProfile(ctx: Ctx, userId: string): Promise<Profile> {
  // Cached until the profile changes (the value is shared: callers must not change it).
  return ctx.store.personCache.read(userId, 'profile', () => readProfile(ctx, userId));
}

async function readProfile(ctx: Ctx, userId: string): Promise<Profile> {
  const row = await ctx.store.accounts.findProfile(userId);
  if (!row) return EMPTY;
  const parsed = Profile.safeParse({
    ...(row.data as object),
    headline: row.headline,
    visibility: row.visibility,
  });
  // A profile saved by an older version may lack newer fields: defaults fill them in.
  return parsed.success ? parsed.data : EMPTY;
}

/**
 * Replaces the user's profile. Skill and role ids must exist in the taxonomy; a skill listed
 * twice keeps its last level. Throws `invalid_input` naming each bad field, e.g. `skills.2.skillId`.
 */
export async function updateProfile(ctx: Ctx, userId: string, input: unknown): Promise<Profile> {
  const parsed = Profile.safeParse(input);
  if (!parsed.success) {
    throw new AppError('invalid_input', 'The profile has invalid fields', {
      details: {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    });
  }
  const p = parsed.data;
  const tax = getTaxonomy();
  const issues: { path: string; message: string }[] = [];
  p.skills.forEach((s, i) => {
    if (!tax.skillById.has(s.skillId))
      issues.push({ path: `skills.${i}.skillId`, message: `unknown skill "${s.skillId}"` });
  });
  p.targetRoles.forEach((r, i) => {
    if (!tax.roleById.has(r))
      issues.push({ path: `targetRoles.${i}`, message: `unknown role "${r}"` });
  });
  if (issues.length)
    throw new AppError('invalid_input', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
      details: { issues },
    });

  const skills = [...new Map(p.skills.map((s) => [s.skillId, s])).values()];
  const profile: Profile = {
    ...p,
    skills,
    domains: [...new Set(p.domains)],
    targetRoles: [...new Set(p.targetRoles)],
    learningDays: [...new Set(p.learningDays)],
    formats: [...new Set(p.formats)],
    platforms: [...new Set(p.platforms)],
  };
  const { headline, visibility, ...data } = profile;
  await ctx.store.accounts.upsertProfile({
    user_id: userId,
    headline,
    visibility,
    data,
    updated_at: ctx.clock.now(),
  });
  return profile;
}
