import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  Database,
  PeerCreditsTable,
  PeerExchangesTable,
  PeerMessagesTable,
  PeerProfilesTable,
  PeerReportsTable,
  PeerTeachingsTable,
} from '../db-types.ts';
import { peerCirclesRepo } from './peer-circles-repo.ts';
import { peerQuestionsRepo } from './peer-questions-repo.ts';

// The circle and question rows are declared beside their repositories; re-exported here.
export type { PeerCircleRow, PeerInviteRow, PeerShareRow } from './peer-circles-repo.ts';
export type {
  PeerAnswerRow,
  PeerQuestionRouteRow,
  PeerQuestionRow,
} from './peer-questions-repo.ts';

export type PeerProfileRow = Selectable<PeerProfilesTable>;
export type PeerExchangeRow = Selectable<PeerExchangesTable>;
export type PeerMessageRow = Selectable<PeerMessagesTable>;
export type PeerTeachingRow = Selectable<PeerTeachingsTable>;
export type PeerCreditRow = Selectable<PeerCreditsTable>;
export type PeerReportRow = Selectable<PeerReportsTable>;

/** An opted-in person with what the matcher needs from their account profile. */
export type PeerCandidateRow = PeerProfileRow & {
  name: string;
  profile_data: unknown;
  /** A visitor's demo copy: matched only with other demo copies, never with members. */
  is_demo: boolean;
};

const json = (v: unknown) => JSON.stringify(v);

/** `alias.user_id` is one of `who` (one JSON parameter however many) or opted in to peers. */
const peopleFilter = (alias: string, who: string[] | 'opted-in') =>
  who === 'opted-in'
    ? sql`exists (select 1 from peer_profiles pp where pp.user_id = ${sql.ref(`${alias}.user_id`)} and pp.opted_in)`
    : sql`${sql.ref(`${alias}.user_id`)} in (select jsonb_array_elements_text(${JSON.stringify(who)}::jsonb))`;

/** Peer profiles, blocks, reports, exchanges, questions, circles, shares and credits. */
export function peersRepo(db: Kysely<Database>) {
  return {
    ...peerQuestionsRepo(db),
    ...peerCirclesRepo(db),
    findProfile: (userId: string) =>
      db.selectFrom('peer_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    async upsertProfile(row: Omit<PeerProfileRow, 'revision'>): Promise<void> {
      const v = {
        ...row,
        wants: json(row.wants),
        niches: json(row.niches),
        segments: json(row.segments),
        platforms: row.platforms === null ? null : json(row.platforms),
        visibility: json(row.visibility),
      };
      const { user_id: _u, created_at: _c, ...update } = v;
      await db
        .insertInto('peer_profiles')
        .values({ ...v, revision: 1 })
        .onConflict((oc) =>
          oc
            .column('user_id')
            .doUpdateSet({ ...update, revision: sql`peer_profiles.revision + 1` }),
        )
        .execute();
    },
    /** Opted-in people (or the given ones), with name and account-profile data. */
    listCandidates(userIds?: string[]): Promise<PeerCandidateRow[]> {
      let q = db
        .selectFrom('peer_profiles as pp')
        .innerJoin('users as u', 'u.id', 'pp.user_id')
        .leftJoin('profiles as p', 'p.user_id', 'pp.user_id')
        .selectAll('pp')
        .select(['u.name', 'u.is_demo', 'p.data as profile_data']);
      q = userIds
        ? q.where(sql<boolean>`${peopleFilter('pp', userIds)}`)
        : q.where('pp.opted_in', '=', true);
      return q.orderBy('pp.user_id').execute() as Promise<PeerCandidateRow[]>;
    },
    /**
     * Live evidence entries per user and skill (deleted entries do not count), for the given
     * people or, with `'opted-in'`, for everyone opted in to peer learning (a join, not a list
     * of ids: a pool of 100k people would pass the protocol's 65,535-parameter limit).
     */
    async evidenceCounts(
      who: string[] | 'opted-in',
    ): Promise<{ user_id: string; skill_id: string; n: number }[]> {
      if (who !== 'opted-in' && !who.length) return [];
      const r = await sql<{ user_id: string; skill_id: string; n: number }>`
        select e.user_id, s.skill_id, count(*)::int as n
        from evidence_entries e, jsonb_array_elements_text(e.skills) as s(skill_id)
        where e.deleted_at is null and ${peopleFilter('e', who)}
        group by e.user_id, s.skill_id`.execute(db);
      return r.rows.map((x) => ({ ...x, n: Number(x.n) }));
    },
    /** How many live evidence entries and unrevoked credentials a person has in all. */
    async evidenceTotals(userId: string): Promise<{ entries: number; credentials: number }> {
      const r = await sql<{ entries: number; credentials: number }>`
        select
          (select count(*)::int from evidence_entries where user_id = ${userId} and deleted_at is null) as entries,
          (select count(*)::int from credentials where user_id = ${userId} and revoked_at is null) as credentials`.execute(
        db,
      );
      return {
        entries: Number(r.rows[0]?.entries ?? 0),
        credentials: Number(r.rows[0]?.credentials ?? 0),
      };
    },
    /** Unrevoked credentials per user and skill, for the given people or everyone opted in. */
    async credentialLevels(
      who: string[] | 'opted-in',
    ): Promise<{ user_id: string; skill_id: string; level: string }[]> {
      if (who !== 'opted-in' && !who.length) return [];
      const r = await sql<{ user_id: string; skill_id: string; level: string }>`
        select c.user_id, c.skill_id, c.level from credentials c
        where c.revoked_at is null and ${peopleFilter('c', who)}`.execute(db);
      return r.rows;
    },
    /**
     * A fingerprint of everything the match index is built from: peer profiles, and the
     * profiles, evidence and credentials of opted-in people. Triggers renew a per-person stamp
     * on every change (migration 0012) and bump one pool counter with it (0028), which commits
     * with the data: equal values mean an equal index, so each process keeps its own copy and
     * rebuilds only when someone changed the data. One primary-key read.
     */
    async matchSignature(): Promise<string> {
      const r = await db
        .selectFrom('peer_pool_stamp')
        .select('n')
        .where('id', '=', 1)
        .executeTakeFirst();
      return String(r?.n ?? '0');
    },
    /** Every person's peer stamp (renewed by triggers on each change that affects them). */
    async peerVersions(): Promise<Map<string, string>> {
      const rows = await db.selectFrom('peer_versions').select(['user_id', 'version']).execute();
      return new Map(rows.map((r) => [r.user_id, String(r.version)]));
    },
    async userNames(ids: string[]): Promise<Map<string, string>> {
      if (!ids.length) return new Map();
      const rows = await db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('id', 'in', ids)
        .execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async insertBlock(row: {
      id: string;
      user_id: string;
      blocked_user_id: string;
      created_at: Date;
    }): Promise<void> {
      await db
        .insertInto('peer_blocks')
        .values(row)
        .onConflict((oc) => oc.columns(['user_id', 'blocked_user_id']).doNothing())
        .execute();
    },
    async deleteBlock(userId: string, blockedId: string): Promise<boolean> {
      const r = await db
        .deleteFrom('peer_blocks')
        .where('user_id', '=', userId)
        .where('blocked_user_id', '=', blockedId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    listBlocks: (userId: string) =>
      db
        .selectFrom('peer_blocks as b')
        .innerJoin('users as u', 'u.id', 'b.blocked_user_id')
        .select(['b.blocked_user_id', 'u.name', 'b.created_at'])
        .where('b.user_id', '=', userId)
        .orderBy('b.created_at')
        .execute(),
    /** Everyone `userId` blocked or was blocked by. */
    async blockedEitherWay(userId: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('peer_blocks')
        .select(['user_id', 'blocked_user_id'])
        .where((eb) => eb.or([eb('user_id', '=', userId), eb('blocked_user_id', '=', userId)]))
        .execute();
      return new Set(rows.map((r) => (r.user_id === userId ? r.blocked_user_id : r.user_id)));
    },
    async insertReport(row: PeerReportRow): Promise<void> {
      await db.insertInto('peer_reports').values(row).execute();
    },

    async insertExchange(row: PeerExchangeRow): Promise<void> {
      await db
        .insertInto('peer_exchanges')
        .values({
          ...row,
          requester_learns: json(row.requester_learns),
          peer_learns: json(row.peer_learns),
        })
        .execute();
    },
    /** The exchange when `userId` is one of its two members. */
    findExchangeOf: (userId: string, id: string) =>
      db
        .selectFrom('peer_exchanges')
        .selectAll()
        .where('id', '=', id)
        .where((eb) => eb.or([eb('user_id', '=', userId), eb('peer_user_id', '=', userId)]))
        .executeTakeFirst(),
    listExchangesOf: (userId: string) =>
      db
        .selectFrom('peer_exchanges')
        .selectAll()
        .where((eb) => eb.or([eb('user_id', '=', userId), eb('peer_user_id', '=', userId)]))
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute(),
    findOpenExchangeBetween: (a: string, b: string) =>
      db
        .selectFrom('peer_exchanges')
        .selectAll()
        .where('status', 'in', ['requested', 'accepted'])
        .where((eb) =>
          eb.or([
            eb.and([eb('user_id', '=', a), eb('peer_user_id', '=', b)]),
            eb.and([eb('user_id', '=', b), eb('peer_user_id', '=', a)]),
          ]),
        )
        .executeTakeFirst(),
    async setExchangeStatus(
      id: string,
      status: PeerExchangeRow['status'],
      at: Date,
    ): Promise<void> {
      await db
        .updateTable('peer_exchanges')
        .set({ status, responded_at: at, updated_at: at })
        .where('id', '=', id)
        .execute();
    },
    async insertMessage(row: PeerMessageRow): Promise<void> {
      await db.insertInto('peer_messages').values(row).execute();
    },
    listMessages: (exchangeId: string) =>
      db
        .selectFrom('peer_messages')
        .selectAll()
        .where('exchange_id', '=', exchangeId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    async insertTeaching(row: PeerTeachingRow): Promise<void> {
      await db.insertInto('peer_teachings').values(row).execute();
    },
    listTeachings: (exchangeIds: string[]) =>
      exchangeIds.length
        ? db
            .selectFrom('peer_teachings')
            .selectAll()
            .where('exchange_id', 'in', exchangeIds)
            .orderBy('created_at')
            .orderBy('id')
            .execute()
        : Promise.resolve([] as PeerTeachingRow[]),
    async confirmTeaching(id: string, evidenceId: string | null, at: Date): Promise<void> {
      await db
        .updateTable('peer_teachings')
        .set({ status: 'confirmed', evidence_id: evidenceId, confirmed_at: at })
        .where('id', '=', id)
        .execute();
    },

    /** Adds a credit once per (user, kind, reference); false when it was already there. */
    async insertCredit(row: PeerCreditRow): Promise<boolean> {
      const r = await db
        .insertInto('peer_credits')
        .values(row)
        .onConflict((oc) => oc.columns(['user_id', 'kind', 'ref_type', 'ref_id']).doNothing())
        .returning('id')
        .execute();
      return r.length > 0;
    },
    listCredits: (userId: string) =>
      db
        .selectFrom('peer_credits')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute(),
  };
}
