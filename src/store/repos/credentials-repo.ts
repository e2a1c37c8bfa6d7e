import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type {
  CredentialStatusListsTable,
  CredentialStatusSlotsTable,
  CredentialsTable,
  Database,
  SigningKeysTable,
} from '../db-types.ts';

export type SigningKeyRow = Selectable<SigningKeysTable>;
export type StatusListRow = Selectable<CredentialStatusListsTable>;
export type StatusSlotRow = Selectable<CredentialStatusSlotsTable>;
export type CredentialRow = Selectable<CredentialsTable>;

/** The instance's signing keys, its revocation status lists, and issued credentials. */
export function credentialsRepo(db: Kysely<Database>) {
  return {
    findActiveKey(): Promise<SigningKeyRow | undefined> {
      return db
        .selectFrom('signing_keys')
        .selectAll()
        .where('status', '=', 'active')
        .executeTakeFirst();
    },
    findKey(kid: string): Promise<SigningKeyRow | undefined> {
      return db.selectFrom('signing_keys').selectAll().where('kid', '=', kid).executeTakeFirst();
    },
    /** Every key, active and retired, oldest first (retired keys stay published). */
    listKeys(): Promise<SigningKeyRow[]> {
      return db.selectFrom('signing_keys').selectAll().orderBy('created_at').execute();
    },
    /** Inserts an active key; false when another process made one first. */
    async insertActiveKey(row: SigningKeyRow): Promise<boolean> {
      const r = await db
        .insertInto('signing_keys')
        .values({ ...row, public_jwk: JSON.stringify(row.public_jwk) })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async retireActiveKey(at: Date): Promise<void> {
      await db
        .updateTable('signing_keys')
        .set({ status: 'retired', retired_at: at })
        .where('status', '=', 'active')
        .execute();
    },

    /** A revocation list at most half full (random slots stay cheap to find), oldest first. */
    async findOpenStatusList(): Promise<StatusListRow | undefined> {
      return db
        .selectFrom('credential_status_lists')
        .selectAll()
        .where('purpose', '=', 'revocation')
        .where(sql<boolean>`next_index * 2 < size`)
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
    },
    /**
     * Takes one slot of a list for a credential of a person; false when the slot is taken.
     * `next_index` counts the slots taken. One statement each, so processes never share a slot.
     */
    async claimStatusSlot(slot: Insertable<CredentialStatusSlotsTable>): Promise<boolean> {
      const r = await db
        .insertInto('credential_status_slots')
        .values(slot)
        .onConflict((oc) => oc.doNothing())
        .returning('idx')
        .execute();
      if (r.length === 0) return false;
      await db
        .updateTable('credential_status_lists')
        .set((eb) => ({ next_index: eb('next_index', '+', 1), updated_at: slot.created_at }))
        .where('id', '=', slot.list_id)
        .execute();
      return true;
    },
    /** The revocation slot a credential of this instance held, by the credential's id. */
    findStatusSlotOf(credentialId: string): Promise<StatusSlotRow | undefined> {
      return db
        .selectFrom('credential_status_slots')
        .selectAll()
        .where('credential_id', '=', credentialId)
        .executeTakeFirst();
    },
    findStatusSlot(listId: number, idx: number): Promise<StatusSlotRow | undefined> {
      return db
        .selectFrom('credential_status_slots')
        .selectAll()
        .where('list_id', '=', listId)
        .where('idx', '=', idx)
        .executeTakeFirst();
    },
    async createStatusList(size: number, bits: string, now: Date): Promise<number> {
      const r = await sql<{ id: number }>`
        insert into credential_status_lists (id, purpose, size, next_index, bits, updated_at)
        select coalesce(max(id), 0) + 1, 'revocation', ${size}, 0, ${bits}, ${now}
        from credential_status_lists returning id`.execute(db);
      return Number(r.rows[0]?.id);
    },
    findStatusList(id: number): Promise<StatusListRow | undefined> {
      return db
        .selectFrom('credential_status_lists')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
    },
    /** Reads a list and locks it until the transaction ends (to flip a bit safely). */
    findStatusListForUpdate(id: number): Promise<StatusListRow | undefined> {
      return db
        .selectFrom('credential_status_lists')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
    },
    async updateStatusListBits(id: number, bits: string, now: Date): Promise<void> {
      await db
        .updateTable('credential_status_lists')
        .set({ bits, updated_at: now })
        .where('id', '=', id)
        .execute();
    },

    async insertCredential(row: CredentialRow): Promise<void> {
      await db
        .insertInto('credentials')
        .values({
          ...row,
          credential: JSON.stringify(row.credential),
          evidence_ids: JSON.stringify(row.evidence_ids),
        })
        .execute();
    },
    listCredentials(userId: string): Promise<CredentialRow[]> {
      return db
        .selectFrom('credentials')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('issued_at', 'desc')
        .execute();
    },
    findCredential(userId: string, id: string): Promise<CredentialRow | undefined> {
      return db
        .selectFrom('credentials')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    /** A credential by id whoever holds it (public verification links). */
    findCredentialById(id: string): Promise<CredentialRow | undefined> {
      return db.selectFrom('credentials').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** Notes that credential `id` of `userId`, public, is withdrawn with its holder's account. */
    async markWithdrawnPublic(id: string, userId: string): Promise<void> {
      await db
        .updateTable('credential_status_slots')
        .set({ withdrawn_public: true })
        .where('credential_id', '=', id)
        .where('user_id', '=', userId)
        .execute();
    },
    async markRevoked(id: string, at: Date, reason: string): Promise<void> {
      await db
        .updateTable('credentials')
        .set({ revoked_at: at, revoked_reason: reason })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    },
    async setCredentialVisibility(
      userId: string,
      id: string,
      visibility: CredentialRow['visibility'],
    ): Promise<boolean> {
      const r = await db
        .updateTable('credentials')
        .set({ visibility })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    /** Test-only: overwrites a stored credential JWT directly, to prove tampering is detected. */
    async tamperCredentialForTest(id: string, jwt: string): Promise<void> {
      await db.updateTable('credentials').set({ jwt }).where('id', '=', id).execute();
    },
  };
}
