import type { AssuranceLevel } from '../../shared/evidence.ts';
import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import type { Ctx } from '../ctx.ts';
import { unprovenEntryIds } from './proven-entries.ts';

/** The assurance of one entry, with who stands behind it when someone does. */
export interface EntryAssurance {
  level: AssuranceLevel;
  detail: string | null;
}

/** Who reviewed an entry: a person of this instance, known by id. */
interface Reviewers {
  /** Whether the person's own evidence in one of `skills` is peer- or client-backed. */
  qualified(userId: string, skills: string[]): boolean;
  name(userId: string): string;
}

const NOBODY: Reviewers = { qualified: () => false, name: () => 'a peer' };
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

function peer(row: EvidenceEntryRow, reviewerId: string | undefined, r: Reviewers, verb: string) {
  const skills = row.skills as string[];
  if (!reviewerId || reviewerId === row.user_id) {
    return { level: 'self_reported' as const, detail: `${verb} by an unnamed person` };
  }
  const name = r.name(reviewerId);
  return r.qualified(reviewerId, skills)
    ? { level: 'peer_reviewed' as const, detail: `${verb} by ${name}` }
    : {
        level: 'self_reported' as const,
        detail: `${verb} by ${name}, whose own evidence in this skill is not yet peer- or client-backed`,
      };
}

/**
 * Pure: the assurance an entry carries, from how it was recorded (its kind and the facts
 * the system wrote into it), never from anything the person typed. A peer review counts as
 * `peer_reviewed` only when `reviewers` says the reviewer qualifies; without that knowledge
 * it is never overclaimed.
 */
export function assuranceOf(row: EvidenceEntryRow, reviewers: Reviewers = NOBODY): EntryAssurance {
  const d = (row.data ?? {}) as Record<string, unknown>;
  switch (row.kind) {
    case 'client_confirmation': {
      const domain = str(d.confirmerEmailDomain);
      if (d.independent === true && domain) {
        const at =
          str(d.confirmedAt)?.slice(0, 10) ?? new Date(row.recorded_at).toISOString().slice(0, 10);
        return {
          level: 'client_confirmed',
          // The link goes to whoever the freelancer sends it to, and no email is sent to the
          // address given: the name and domain are the confirmer's word, and say so.
          detail: `Confirmed on ${at} through a one-time link by ${str(d.confirmedBy) ?? str(d.clientName) ?? 'the client'}, who gave an address at ${domain} (not checked)`,
        };
      }
      return { level: 'self_reported', detail: 'No independent confirmer was recorded' };
    }
    case 'peer_validation':
      return peer(row, str(d.confirmedBy), reviewers, 'Validated');
    case 'practice_deliverable':
    case 'practice_review': {
      const kind = str(d.reviewKind) ?? str(d.reviewer);
      if (kind === 'ai')
        return { level: 'ai_reviewed', detail: 'Reviewed by a model against the rubric' };
      if (kind === 'peer') return peer(row, str(d.reviewerId), reviewers, 'Reviewed');
      return row.kind === 'practice_deliverable'
        ? { level: 'system_observed', detail: 'Submitted inside Skilltrace' }
        : { level: 'self_reported', detail: null };
    }
    default:
      return { level: 'self_reported', detail: null };
  }
}

/** What an entry this instance cannot stand behind (`unprovenEntryIds`) carries. */
const UNPROVEN: EntryAssurance = {
  level: 'self_reported',
  detail:
    'Not recorded on this instance (imported, or changed since it was recorded): what it says is not proven here',
};

/**
 * The assurance of each of `rows` (one person's entries), looking up every named reviewer:
 * their name, and whether their own evidence backs the skill independently (`backedSkills`:
 * client-confirmed or externally verified, or validated by someone who is; trust does not
 * loop, so two people vouching for each other qualify neither). Entries this instance cannot stand behind
 * (imported history, entries written or changed outside Skilltrace: `unprovenEntryIds`) are
 * self-reported whatever they say, and count for no reviewer's qualification either.
 */
export async function assessEntries(
  ctx: Ctx,
  rows: EvidenceEntryRow[],
): Promise<Map<string, EntryAssurance>> {
  const ids = new Set<string>();
  for (const r of rows) {
    const d = (r.data ?? {}) as Record<string, unknown>;
    for (const v of [d.confirmedBy, d.reviewerId]) {
      if (typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v) && v !== r.user_id) ids.add(v);
    }
  }
  const backed = new Map<string, ReadonlyMap<string, number>>();
  const names = new Map<string, string>();
  for (const id of ids) {
    const user = await ctx.store.accounts.findUserById(id);
    if (!user) continue;
    names.set(id, user.name);
    backed.set(id, await backedSkills(ctx, id));
  }
  const reviewers: Reviewers = {
    qualified: (id, skills) => skills.some((s) => backed.get(id)?.has(s)),
    name: (id) => names.get(id) ?? 'a former member',
  };
  const unproven = new Set<string>();
  const byUser = new Map<string, EvidenceEntryRow[]>();
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
  for (const [userId, theirs] of byUser) {
    for (const id of await unprovenEntryIds(ctx, userId, theirs)) unproven.add(id);
  }
  return new Map(
    rows.map((r) => [r.id, unproven.has(r.id) ? UNPROVEN : assuranceOf(r, reviewers)]),
  );
}

const ANCHOR_LEVELS = new Set(['client_confirmed', 'externally_verified']);
const UUID = /^[0-9a-f-]{36}$/;

/** The person a peer entry names as its validator or reviewer (not the person), if any. */
function peerOf(e: EvidenceEntryRow): string | undefined {
  const d = (e.data ?? {}) as Record<string, unknown>;
  const by =
    e.kind === 'peer_validation'
      ? d.confirmedBy
      : (e.kind === 'practice_deliverable' || e.kind === 'practice_review') &&
          (d.reviewKind === 'peer' || d.reviewer === 'peer')
        ? d.reviewerId
        : undefined;
  return typeof by === 'string' && UUID.test(by) && by !== e.user_id ? by : undefined;
}

/** A person's live entries this instance stands behind (see `unprovenEntryIds`). */
async function provenEntries(ctx: Ctx, userId: string): Promise<EvidenceEntryRow[]> {
  const rows = (await ctx.store.evidence.listEntries(userId)).filter((e) => !e.deleted_at);
  const unproven = await unprovenEntryIds(ctx, userId, rows);
  return rows.filter((e) => !unproven.has(e.id));
}

/** Skill → how many of `rows` back it at an anchor level (client-confirmed, externally verified). */
function anchoredIn(rows: readonly EvidenceEntryRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of rows) {
    if (!ANCHOR_LEVELS.has(assuranceOf(e).level)) continue;
    for (const s of e.skills as string[]) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/**
 * The skills a person's evidence backs independently, with how many entries back each: entries
 * a client confirmed or an outside check verified (the anchor), and peer validations and peer
 * reviews given by someone whose own evidence in that skill is anchored. Trust goes one step
 * from an anchor and never loops: two people validating each other, or a reviewer vouched for
 * only by peers, back nothing. Imported or changed entries (`unprovenEntryIds`) count for
 * nothing. Throws nothing of its own (store errors propagate).
 */
export async function backedSkills(ctx: Ctx, userId: string): Promise<Map<string, number>> {
  const rows = await provenEntries(ctx, userId);
  const out = anchoredIn(rows);
  const anchorsOf = new Map<string, Map<string, number>>();
  for (const e of rows) {
    const by = peerOf(e);
    if (!by) continue;
    let theirs = anchorsOf.get(by);
    if (!theirs) {
      theirs = anchoredIn(await provenEntries(ctx, by));
      anchorsOf.set(by, theirs);
    }
    for (const s of e.skills as string[]) if (theirs.has(s)) out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}
