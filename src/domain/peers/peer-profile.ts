import { AppError, parseInput } from '../../errors.ts';
import {
  DEFAULT_FIELD_VISIBILITY,
  PeerProfileInput,
  type PeerProfileView,
} from '../../shared/peers.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import type { DerivedPeer } from './derive-peer.ts';
import { findDerivedPeer } from './peer-pool.ts';

function present(p: DerivedPeer | undefined, updatedAt: Date | null): PeerProfileView {
  return {
    optedIn: p?.optedIn ?? false,
    acceptingQuestions: p?.acceptingQuestions ?? false,
    weeklyQuestionLimit: p?.weeklyQuestionLimit ?? 3,
    wants: p?.wants ?? [],
    niches: p?.niches ?? [],
    segments: p?.segments ?? [],
    platforms: p?.platforms ?? [],
    domains: p?.domains ?? [],
    visibility: p?.visibility ?? { ...DEFAULT_FIELD_VISIBILITY },
    teaches: p?.teaches ?? [],
    learns: p?.learns ?? [],
    updatedAt: updatedAt?.toISOString() ?? null,
  };
}

/** Your peer profile with the teach/learn weights the matcher derives from it (not opted in by default). */
export async function getPeerProfile(ctx: Ctx, userId: string): Promise<PeerProfileView> {
  const row = await ctx.store.peers.findProfile(userId);
  return present(row ? await findDerivedPeer(ctx, userId) : undefined, row?.updated_at ?? null);
}

/**
 * Saves your peer profile: opt-in, questions and their weekly limit, explicit wants, niches,
 * client segments, platforms (default: the account profile's) and per-field visibility.
 * Throws `invalid_input` for malformed input or unknown skill ids.
 */
export async function updatePeerProfile(
  ctx: Ctx,
  userId: string,
  input: unknown,
): Promise<PeerProfileView> {
  const v = parseInput(PeerProfileInput, input, 'The peer profile has invalid fields');
  const tax = getTaxonomy();
  const unknown = v.wants.filter((s) => !tax.skillById.has(s));
  if (unknown.length) {
    throw new AppError('invalid_input', `Unknown skill ids: ${unknown.join(', ')}`, {
      details: { issues: unknown.map((s) => ({ path: 'wants', message: `unknown skill "${s}"` })) },
    });
  }
  const now = ctx.clock.now();
  const existing = await ctx.store.peers.findProfile(userId);
  await ctx.store.peers.upsertProfile({
    user_id: userId,
    opted_in: v.optedIn,
    accepting_questions: v.acceptingQuestions,
    weekly_question_limit: v.weeklyQuestionLimit,
    wants: [...new Set(v.wants)],
    niches: [...new Set(v.niches)],
    segments: [...new Set(v.segments)],
    platforms: v.platforms ? [...new Set(v.platforms)] : null,
    visibility: { ...DEFAULT_FIELD_VISIBILITY, ...v.visibility },
    created_at: existing?.created_at ?? now,
    updated_at: now,
  });
  return getPeerProfile(ctx, userId);
}
