import type { Ctx } from '../ctx.ts';
import { listCredentials } from '../evidence/index.ts';

/** An entry of the evidence ledger, as progress needs it. */
export interface EvidenceLike {
  id: string;
  /** The ledger kind (`path_step`, `practice_deliverable`, `client_project`…). */
  kind: string;
  skillIds: string[];
  at: Date;
}

/** The person's (not deleted) evidence entries: one query, no assurance assessment. */
export async function listUserEvidence(ctx: Ctx, userId: string): Promise<EvidenceLike[]> {
  return (await ctx.store.evidence.listLiveEntrySkills(userId)).map((e) => ({
    id: e.id,
    kind: e.kind,
    skillIds: (e.skills as string[] | null) ?? [],
    at: new Date(e.occurred_at),
  }));
}

/** Skills with a credential this instance issued to the person (and not revoked). */
export async function listIssuedSkills(ctx: Ctx, userId: string): Promise<Set<string>> {
  return new Set(
    (await listCredentials(ctx, userId)).filter((c) => !c.revoked).map((c) => c.skillId),
  );
}
