import type { JWK } from 'jose';
import { AppError } from '../../errors.ts';
import type { Ctx } from '../ctx.ts';
import { verifyRecord } from './signing-keys.ts';

type Row = Record<string, unknown>;

/** What the source instance's signed checkpoints prove about one imported chain. */
export interface ImportedChain {
  chainId: string;
  headSeq: number;
  /**
   * The highest position a checkpoint signed with this instance's key covers and the chain
   * matches; 0 when none.
   */
  verifiedSeq: number;
  /** Positions 1..n whose history is unproven; undefined when the whole chain is proven. */
  unverifiedThrough: number | undefined;
}

const refuse = (message: string, path: string) =>
  new AppError('invalid_input', message, { details: { issues: [{ path, message }] } });

/**
 * Checks an export document's ledger against the signed checkpoints it carries, before
 * anything is written: each checkpoint is verified with this instance's keys (an export
 * from here) or the source instance's published keys the person supplied. A chain that a
 * valid checkpoint disagrees with (an entry edited and every hash recomputed, entries cut
 * off, two people's ledgers spliced) refuses the import with `invalid_input`, naming the
 * entry. Only a checkpoint signed with this instance's own key proves history: a key the
 * importer supplies proves only that whoever holds it signed (anyone can run an instance,
 * or make a key), so a chain covered by such keys alone imports as unproven, like a chain
 * no checkpoint covers.
 */
export async function checkImportedLedger(
  ctx: Ctx,
  tables: Record<string, Row[]>,
  sourceKeys: JWK[] = [],
): Promise<ImportedChain[]> {
  const entries = tables.evidence_entries ?? [];
  const checkpoints = tables.evidence_checkpoints ?? [];
  const chains = new Map<string, Row[]>();
  for (const e of entries) {
    const id = String(e.chain_id);
    chains.set(id, [...(chains.get(id) ?? []), e]);
  }
  const out: ImportedChain[] = [];
  for (const [chainId, rows] of chains) {
    const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
    const headSeq = Math.max(...bySeq.keys());
    let best: { seq: number; through: number | undefined } | undefined;
    let subject: unknown;
    for (const [i, cp] of checkpoints.entries()) {
      if (cp.chain_id !== chainId || typeof cp.jws !== 'string') continue;
      const v = await verifyRecord(ctx, cp.jws, sourceKeys);
      if (!v.ok || v.payload.typ !== 'checkpoint' || v.payload.chainId !== chainId) continue;
      const p = v.payload;
      const path = `tables.evidence_checkpoints.${i}`;
      if (subject !== undefined && p.sub !== subject) {
        throw refuse(`Chain ${chainId} carries checkpoints signed for two different people`, path);
      }
      subject = p.sub;
      const seq = Number(p.seq);
      const at = bySeq.get(seq);
      if (!at) {
        throw refuse(
          `The source instance signed entry #${seq} of chain ${chainId}, but the document does not hold it (entries were removed)`,
          path,
        );
      }
      if (at.hash !== p.headHash) {
        throw refuse(
          `Entry #${seq} (${String(at.id)}) differs from what the source instance signed: the ledger was rewritten`,
          path,
        );
      }
      if (!v.own) continue;
      const through = typeof p.unverifiedThrough === 'number' ? p.unverifiedThrough : undefined;
      if (!best || seq > best.seq) best = { seq, through };
    }
    out.push({
      chainId,
      headSeq,
      verifiedSeq: best?.seq ?? 0,
      unverifiedThrough: best?.seq === headSeq ? best.through : headSeq,
    });
  }
  return out;
}
