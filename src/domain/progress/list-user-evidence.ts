import type { Ctx } from '../ctx.ts';
import { listCredentials, listEvidence } from '../evidence/index.ts';

/** An entry of the evidence ledger, as progress needs it. */
export interface EvidenceLike {
  id: string;
  skillIds: string[];
  at: Date;
}

/** The person's (not deleted) evidence entries. */
export async function listUserEvidence(ctx: Ctx, userId: string): Promise<EvidenceLike[]> {
  return (await listEvidence(ctx, userId))
    .filter((e) => !e.deleted)
    .map((e) => ({ id: e.id, skillIds: e.skills, at: new Date(e.occurredAt) }));
}

/** Skills with a credential this instance issued to the person (and not revoked). */
export async function listIssuedSkills(ctx: Ctx, userId: string): Promise<Set<string>> {
  return new Set(
    (await listCredentials(ctx, userId)).filter((c) => !c.revoked).map((c) => c.skillId),
  );
}
