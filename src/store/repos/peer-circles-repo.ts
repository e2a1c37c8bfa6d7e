import type { Kysely, Selectable } from 'kysely';
import type {
  Database,
  PeerCircleInvitesTable,
  PeerCirclesTable,
  PeerSharesTable,
} from '../db-types.ts';

export type PeerCircleRow = Selectable<PeerCirclesTable>;
export type PeerInviteRow = Selectable<PeerCircleInvitesTable>;
export type PeerShareRow = Selectable<PeerSharesTable>;

/** Circles, their members and invites, and outline shares (part of `peersRepo`). */
export function peerCirclesRepo(db: Kysely<Database>) {
  return {
    async insertCircle(row: PeerCircleRow): Promise<void> {
      await db.insertInto('peer_circles').values(row).execute();
    },
    findCircle: (id: string) =>
      db.selectFrom('peer_circles').selectAll().where('id', '=', id).executeTakeFirst(),
    async setCircleOwner(id: string, userId: string, at: Date): Promise<void> {
      await db
        .updateTable('peer_circles')
        .set({ user_id: userId, updated_at: at })
        .where('id', '=', id)
        .execute();
      await db
        .updateTable('peer_circle_members')
        .set({ role: 'owner' })
        .where('circle_id', '=', id)
        .where('user_id', '=', userId)
        .execute();
    },
    async deleteCircle(id: string): Promise<void> {
      await db.deleteFrom('peer_circles').where('id', '=', id).execute();
    },
    async insertMember(row: {
      circle_id: string;
      user_id: string;
      role: 'owner' | 'member';
      joined_at: Date;
    }): Promise<void> {
      await db
        .insertInto('peer_circle_members')
        .values(row)
        .onConflict((oc) => oc.columns(['circle_id', 'user_id']).doNothing())
        .execute();
    },
    findMember: (circleId: string, userId: string) =>
      db
        .selectFrom('peer_circle_members')
        .selectAll()
        .where('circle_id', '=', circleId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    listMembers: (circleId: string) =>
      db
        .selectFrom('peer_circle_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.user_id', 'm.role', 'm.joined_at', 'u.name'])
        .where('m.circle_id', '=', circleId)
        .orderBy('m.joined_at')
        .orderBy('m.user_id')
        .execute(),
    async deleteMember(circleId: string, userId: string): Promise<void> {
      await db
        .deleteFrom('peer_circle_members')
        .where('circle_id', '=', circleId)
        .where('user_id', '=', userId)
        .execute();
      await db
        .deleteFrom('peer_shares')
        .where('circle_id', '=', circleId)
        .where('user_id', '=', userId)
        .execute();
    },
    listCirclesOf: (userId: string) =>
      db
        .selectFrom('peer_circle_members as m')
        .innerJoin('peer_circles as c', 'c.id', 'm.circle_id')
        .selectAll('c')
        .select([
          'm.role',
          (eb) =>
            eb
              .selectFrom('peer_circle_members as x')
              .select((e) => e.fn.countAll<number>().as('n'))
              .whereRef('x.circle_id', '=', 'c.id')
              .as('members'),
        ])
        .where('m.user_id', '=', userId)
        .orderBy('c.created_at')
        .orderBy('c.id')
        .execute(),
    /** Everyone who shares at least one circle with `userId`. */
    async circlePeersOf(userId: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('peer_circle_members as a')
        .innerJoin('peer_circle_members as b', 'b.circle_id', 'a.circle_id')
        .select('b.user_id')
        .where('a.user_id', '=', userId)
        .where('b.user_id', '<>', userId)
        .execute();
      return new Set(rows.map((r) => r.user_id));
    },
    async insertInvite(row: PeerInviteRow): Promise<void> {
      await db.insertInto('peer_circle_invites').values(row).execute();
    },
    findInviteByHash: (hash: string) =>
      db
        .selectFrom('peer_circle_invites')
        .selectAll()
        .where('token_hash', '=', hash)
        .executeTakeFirst(),
    findInvite: (id: string) =>
      db.selectFrom('peer_circle_invites').selectAll().where('id', '=', id).executeTakeFirst(),
    async markInviteAccepted(id: string, userId: string, at: Date): Promise<void> {
      await db
        .updateTable('peer_circle_invites')
        .set({ accepted_by: userId, accepted_at: at })
        .where('id', '=', id)
        .execute();
    },
    listInvitesForEmail: (email: string, now: Date) =>
      db
        .selectFrom('peer_circle_invites as i')
        .innerJoin('peer_circles as c', 'c.id', 'i.circle_id')
        .innerJoin('users as u', 'u.id', 'i.user_id')
        .select([
          'i.id',
          'i.circle_id',
          'c.name as circle_name',
          'u.name as invited_by',
          'i.user_id as inviter_id',
          'u.is_demo as inviter_is_demo',
          'i.expires_at',
        ])
        .where('i.email', '=', email)
        .where('i.accepted_at', 'is', null)
        .where('i.expires_at', '>', now)
        .orderBy('i.created_at')
        .execute(),

    async insertShare(row: PeerShareRow): Promise<void> {
      await db.insertInto('peer_shares').values(row).execute();
    },
    findShare: (id: string) =>
      db.selectFrom('peer_shares').selectAll().where('id', '=', id).executeTakeFirst(),
    async deleteShare(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('peer_shares')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    listShares: (where: { userId?: string; circleId?: string; scope?: 'public' }, limit = 200) => {
      let q = db.selectFrom('peer_shares').selectAll();
      if (where.userId) q = q.where('user_id', '=', where.userId);
      if (where.circleId) q = q.where('circle_id', '=', where.circleId);
      if (where.scope) q = q.where('scope', '=', where.scope);
      return q.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
    },
  };
}
