import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  Database,
  EvidenceAttachmentsTable,
  EvidenceCheckpointsTable,
  EvidenceConfirmationsTable,
  EvidenceEntriesTable,
} from '../db-types.ts';

export type EvidenceEntryRow = Selectable<EvidenceEntriesTable>;
export type EvidenceAttachmentRow = Selectable<EvidenceAttachmentsTable>;
export type EvidenceCheckpointRow = Selectable<EvidenceCheckpointsTable>;
export type EvidenceConfirmationRow = Selectable<EvidenceConfirmationsTable>;

const json = (v: unknown) => JSON.stringify(v);

/** An entry row as inserted (JSON columns serialised). */
const entryValues = (row: EvidenceEntryRow) => ({
  ...row,
  skills: json(row.skills),
  data: json(row.data),
  attachments: json(row.attachments),
});

/** The evidence ledger: entries, attachments, signed checkpoints and client confirmation links. */
export function evidenceRepo(db: Kysely<Database>) {
  return {
    /**
     * Serialises appends to one user's ledger until the surrounding transaction ends, across
     * every app process sharing the database. Must run inside a transaction.
     */
    async lockLedger(userId: string): Promise<void> {
      await sql`select pg_advisory_xact_lock(hashtext(${`ledger:${userId}`}))`.execute(db);
    },
    /**
     * Takes the ledger lock (as `lockLedger`) and reads, in the same round trip, the chain new
     * entries go to (null: the ledger is empty), its head, its top checkpoint's JWS with this
     * instance's public key its kid names (null: none), and the active signing key's id
     * (null: none yet). Must run inside a transaction.
     */
    async lockAppendPoint(userId: string): Promise<{
      chainId: string | null;
      head: { seq: number; hash: string } | null;
      checkpointJws: string | null;
      checkpointJwk: Record<string, unknown> | null;
      activeKid: string | null;
    }> {
      const r = await sql<{
        chain_id: string | null;
        head_seq: number | null;
        head_hash: string | null;
        checkpoint_jws: string | null;
        active_kid: string | null;
        checkpoint_jwk: Record<string, unknown> | null;
      }>`select * from ledger_append_point(${userId})`.execute(db);
      const row = r.rows[0];
      return {
        chainId: row?.chain_id ?? null,
        head:
          row?.head_seq != null && row.head_hash != null
            ? { seq: Number(row.head_seq), hash: row.head_hash }
            : null,
        checkpointJws: row?.checkpoint_jws ?? null,
        checkpointJwk: row?.checkpoint_jwk ?? null,
        activeKid: row?.active_kid ?? null,
      };
    },
    /** Inserts an entry and the checkpoint that anchors it in one statement. */
    async insertEntryWithCheckpoint(
      row: EvidenceEntryRow,
      checkpoint: EvidenceCheckpointRow,
    ): Promise<void> {
      await db
        .with('entry', (q) =>
          q.insertInto('evidence_entries').values(entryValues(row)).returning('id'),
        )
        .insertInto('evidence_checkpoints')
        .values(checkpoint)
        .execute();
    },
    async insertEntry(row: EvidenceEntryRow): Promise<void> {
      await db.insertInto('evidence_entries').values(entryValues(row)).execute();
    },
    /** Every entry of the user (tombstones included), chain by chain in sequence order. */
    listEntries(userId: string): Promise<EvidenceEntryRow[]> {
      return db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('chain_id')
        .orderBy('seq')
        .execute();
    },
    /** Id, skills and date of each live (not deleted) entry: what progress counts. */
    listLiveEntrySkills(
      userId: string,
    ): Promise<Array<Pick<EvidenceEntryRow, 'id' | 'kind' | 'skills' | 'occurred_at'>>> {
      return db
        .selectFrom('evidence_entries')
        .select(['id', 'kind', 'skills', 'occurred_at'])
        .where('user_id', '=', userId)
        .where('deleted_at', 'is', null)
        .orderBy('chain_id')
        .orderBy('seq')
        .execute();
    },
    findEntry(userId: string, id: string): Promise<EvidenceEntryRow | undefined> {
      return db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    /** An entry by id whoever owns it (public evidence links check visibility themselves). */
    findEntryById(id: string): Promise<EvidenceEntryRow | undefined> {
      return db.selectFrom('evidence_entries').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** The newest entry of one chain (its head). */
    findHead(userId: string, chainId: string): Promise<EvidenceEntryRow | undefined> {
      return db
        .selectFrom('evidence_entries')
        .selectAll()
        .where('user_id', '=', userId)
        .where('chain_id', '=', chainId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
    async setVisibility(
      userId: string,
      id: string,
      visibility: EvidenceEntryRow['visibility'],
    ): Promise<boolean> {
      const r = await db
        .updateTable('evidence_entries')
        .set({ visibility })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    /** Erases an entry's content, keeping its hashes and the signed tombstone. */
    async tombstone(userId: string, id: string, deletedAt: Date, tombstone: string): Promise<void> {
      await db
        .updateTable('evidence_entries')
        .set({
          title: '',
          description: '',
          url: null,
          relates_to: null,
          skills: json([]),
          data: json({}),
          attachments: json([]),
          visibility: 'private',
          deleted_at: deletedAt,
          tombstone,
        })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .execute();
      await db.deleteFrom('evidence_attachments').where('entry_id', '=', id).execute();
    },
    /** Re-signs the tombstone of an entry (after an import from another instance). */
    async setTombstone(userId: string, id: string, tombstone: string): Promise<void> {
      await db
        .updateTable('evidence_entries')
        .set({ tombstone })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .execute();
    },

    async insertAttachment(row: EvidenceAttachmentRow): Promise<void> {
      await db.insertInto('evidence_attachments').values(row).execute();
    },
    findAttachment(userId: string, id: string): Promise<EvidenceAttachmentRow | undefined> {
      return db
        .selectFrom('evidence_attachments')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** An attachment by id whoever owns it (public downloads check visibility themselves). */
    findAttachmentById(id: string): Promise<EvidenceAttachmentRow | undefined> {
      return db
        .selectFrom('evidence_attachments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async insertCheckpoint(row: EvidenceCheckpointRow): Promise<void> {
      await db.insertInto('evidence_checkpoints').values(row).execute();
    },
    /** Checkpoints of the user, newest first. */
    listCheckpoints(userId: string): Promise<EvidenceCheckpointRow[]> {
      return db
        .selectFrom('evidence_checkpoints')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('seq', 'desc')
        .execute();
    },

    async insertConfirmation(row: EvidenceConfirmationRow): Promise<void> {
      await db.insertInto('evidence_confirmations').values(row).execute();
    },
    findConfirmationByHash(tokenHash: string): Promise<EvidenceConfirmationRow | undefined> {
      return db
        .selectFrom('evidence_confirmations')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    /** Marks a link used; false when it was used already (so a link confirms once). */
    async useConfirmation(id: string, usedAt: Date, entryId: string): Promise<boolean> {
      const r = await db
        .updateTable('evidence_confirmations')
        .set({ used_at: usedAt, confirmation_entry_id: entryId })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    /**
     * Test-only: overwrites columns of an entry directly, bypassing the ledger rules, so that
     * tests can prove tampering is detected. Nothing in the product calls it.
     */
    async tamperEntryForTest(id: string, patch: Partial<EvidenceEntryRow>): Promise<void> {
      const set: Record<string, unknown> = { ...patch };
      for (const k of ['skills', 'data', 'attachments'] as const)
        if (k in set) set[k] = json(set[k]);
      await db.updateTable('evidence_entries').set(set).where('id', '=', id).execute();
    },
  };
}
