import { AppError } from '../../errors.ts';
import type { Visibility } from '../../shared/accounts.ts';
import type { CredentialInfo, CredentialLevel } from '../../shared/evidence.ts';
import { issuerIdentity } from '../accounts/index.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { assessEntries } from './assess-entries.ts';
import { buildAchievementCredential, jwtPayloadFor } from './build-credential.ts';
import { criteriaStatus } from './evaluate-criteria.ts';
import { presentCredential } from './list-credentials.ts';
import { signPayload } from './signing-keys.ts';
import { allocateStatusIndex } from './status-list-credential.ts';
import { verifyLedger } from './verify-ledger.ts';

/**
 * Issues an Open Badges 3.0 AchievementCredential for `skillId` at `level`, signed by the
 * instance key as a VC-JWT (RS256), when the user's ledger meets the skill's criteria. The
 * credential cites the entries that met them. Throws `not_found` (unknown skill),
 * `invalid_input` listing what is missing when the criteria are unmet, and `conflict` when
 * a valid credential for the same skill and level exists or the ledger fails verification.
 */
export async function issueCredential(
  ctx: Ctx,
  userId: string,
  input: {
    skillId: string;
    level: CredentialLevel;
    visibility?: Visibility;
    /** Cited entries to make public with a public credential (the others are embedded, unlinked). */
    publishEvidence?: string[] | undefined;
  },
): Promise<CredentialInfo> {
  const status = await criteriaStatus(ctx, userId, input.skillId, input.level);
  if (!status.met) {
    throw new AppError(
      'invalid_input',
      `Not enough evidence yet for ${status.skillName} at ${input.level} level. Missing: ${status.missing.join('; ')}`,
      { details: { missing: status.missing, requirements: status.requirements } },
    );
  }
  const held = await ctx.store.credentials.listCredentials(userId);
  if (held.some((c) => c.skill_id === input.skillId && c.level === input.level && !c.revoked_at)) {
    throw new AppError(
      'conflict',
      `You already hold a valid ${input.level} credential for ${status.skillName}`,
    );
  }
  const ledger = await verifyLedger(ctx, userId);
  if (!ledger.ok) {
    throw new AppError(
      'conflict',
      `Your evidence ledger fails verification (${ledger.firstBad?.message}); no credential can be issued from it`,
    );
  }
  const user = await ctx.store.accounts.findUserById(userId);
  if (!user) throw new AppError('not_found', 'User not found');
  const skill = getTaxonomy().skillById.get(input.skillId)!;
  const entryIds = [...new Set(status.requirements.flatMap((r) => r.entryIds))];
  const entries = (await ctx.store.evidence.listEntries(userId)).filter((e) =>
    entryIds.includes(e.id),
  );
  const assurance = await assessEntries(ctx, entries);
  const identity = issuerIdentity(ctx.config);
  const isPublic = input.visibility === 'public';
  const publish = new Set(isPublic ? (input.publishEvidence ?? []) : []);
  const unknown = [...publish].filter((id) => !entryIds.includes(id));
  if (unknown.length) {
    throw new AppError(
      'invalid_input',
      `These entries are not cited by this credential: ${unknown.join(', ')}`,
    );
  }

  return inTransaction(ctx, async (tx) => {
    for (const id of publish) await tx.store.evidence.setVisibility(userId, id, 'public');
    const credentialId = tx.ids.id();
    const slot = await allocateStatusIndex(tx, { credentialId, userId });
    const issuedAt = tx.clock.now();
    issuedAt.setMilliseconds(0);
    const credential = buildAchievementCredential({
      identity,
      credentialId,
      holder: { subjectId: `urn:uuid:${userId}`, name: user.name },
      skill,
      level: input.level,
      narrative: status.narrative,
      evidence: entries.map((e) => ({
        id: e.id,
        seq: e.seq,
        kind: e.kind,
        title: e.title,
        occurredAt: new Date(e.occurred_at).toISOString(),
        hash: e.hash,
        assurance: assurance.get(e.id)?.level ?? 'self_reported',
        assuranceDetail: assurance.get(e.id)?.detail ?? null,
        // A public credential links only entries an anonymous visitor can open.
        public: isPublic && (e.visibility === 'public' || publish.has(e.id)),
      })),
      selfReported: status.selfReported,
      status: slot,
      issuedAt,
      demo: user.is_demo,
    });
    const { jws } = await signPayload(tx, JSON.stringify(jwtPayloadFor(credential)), {
      typ: 'vc+jwt',
      headerKid: identity.kid,
    });
    const row = {
      id: credentialId,
      user_id: userId,
      skill_id: skill.id,
      level: input.level,
      jwt: jws,
      credential,
      evidence_ids: entryIds,
      status_list_id: slot.listId,
      status_index: slot.index,
      visibility: input.visibility ?? 'private',
      issued_at: issuedAt,
      revoked_at: null,
      revoked_reason: null,
    };
    await tx.store.credentials.insertCredential(row);
    tx.log.info('credential issued', {
      userId,
      credentialId,
      skillId: skill.id,
      level: input.level,
    });
    return presentCredential(identity, row, false);
  });
}
