import { type Kysely, type Selectable, sql } from 'kysely';
import { type AuthCache, createAuthCache } from '../auth-cache.ts';
import type {
  ApiTokensTable,
  Database,
  ProfilesTable,
  SessionsTable,
  SigninLinksTable,
  UsersTable,
} from '../db-types.ts';

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type ProfileRow = Selectable<ProfilesTable>;
export type SigninLinkRow = Selectable<SigninLinksTable>;

/**
 * Users, sessions, API tokens and profiles. The lookups every request makes (a session or a
 * token, then its user) go through `cache`; every write here drops what it changes from it.
 */
export function accountsRepo(db: Kysely<Database>, cache: AuthCache = createAuthCache(0)) {
  const dropUser = (id: string) => cache.drop((key) => key === `user:${id}`);
  const dropToken = (id: string) =>
    cache.drop((key, v) => key.startsWith('token:') && (v as ApiTokenRow | undefined)?.id === id);
  return {
    /**
     * Serialises account creation across every process until the surrounding transaction
     * ends, so "is this the first account?" and the insert cannot interleave.
     */
    async lockAccountCreation(): Promise<void> {
      await sql`select pg_advisory_xact_lock(hashtext('skilltrace:account-creation'))`.execute(db);
    },
    async insertUser(row: UserRow): Promise<void> {
      await db.insertInto('users').values(row).execute();
      dropUser(row.id);
    },
    findUserById(id: string): Promise<UserRow | undefined> {
      return cache.read(`user:${id}`, () =>
        db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
      );
    },
    findUserByEmail(email: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    },
    listUsers(): Promise<UserRow[]> {
      return db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
    },
    async countUsers(opts: { excludeDemo?: boolean } = {}): Promise<number> {
      let q = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
      if (opts.excludeDemo) q = q.where('is_demo', '=', false);
      const r = await q.executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async updateUser(
      id: string,
      patch: Partial<Omit<UserRow, 'id' | 'created_at'>>,
    ): Promise<void> {
      await db.updateTable('users').set(patch).where('id', '=', id).execute();
      dropUser(id);
    },
    async deleteUser(id: string): Promise<void> {
      await db.deleteFrom('users').where('id', '=', id).execute();
      cache.clear();
    },

    async insertSession(row: SessionRow): Promise<void> {
      await db.insertInto('sessions').values(row).execute();
    },
    async findSession(id: string): Promise<SessionRow | undefined> {
      return cache.read(`session:${id}`, () =>
        db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst(),
      );
    },
    async touchSession(id: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
        .where('id', '=', id)
        .execute();
      cache.drop((key) => key === `session:${id}`);
    },
    async deleteSession(id: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
      cache.drop((key) => key === `session:${id}`);
    },
    async deleteSessionsOfUser(userId: string): Promise<void> {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
      cache.drop((key, v) => key.startsWith('session:') && (v as SessionRow)?.user_id === userId);
    },
    async deleteApiTokensOfUser(userId: string): Promise<void> {
      await db.deleteFrom('api_tokens').where('user_id', '=', userId).execute();
      // Not answered from the cache either: a leaked token ends now, not a few seconds later.
      cache.drop((key, v) => key.startsWith('token:') && (v as ApiTokenRow)?.user_id === userId);
    },
    /** Ends a user's unused sign-in links (a password reset voids them). */
    async deleteSigninLinksOfUser(userId: string): Promise<void> {
      await db.deleteFrom('signin_links').where('user_id', '=', userId).execute();
    },
    async deleteExpiredSessions(now: Date): Promise<number> {
      const r = await db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst();
      cache.clear();
      return Number(r.numDeletedRows);
    },

    async insertSigninLink(row: SigninLinkRow): Promise<void> {
      await db.insertInto('signin_links').values(row).execute();
    },
    /**
     * Marks an unused, unexpired sign-in link used and answers its user, in one statement (a
     * link works once even when opened twice at the same moment); undefined otherwise.
     */
    async consumeSigninLink(tokenHash: string, now: Date): Promise<string | undefined> {
      const row = await db
        .updateTable('signin_links')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning('user_id')
        .executeTakeFirst();
      return row?.user_id;
    },
    async deleteEndedSigninLinks(now: Date): Promise<number> {
      const r = await db
        .deleteFrom('signin_links')
        .where((eb) => eb.or([eb('expires_at', '<', now), eb('used_at', 'is not', null)]))
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async insertApiToken(row: ApiTokenRow): Promise<void> {
      await db.insertInto('api_tokens').values(row).execute();
    },
    listApiTokens(userId: string): Promise<ApiTokenRow[]> {
      return db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },
    findApiTokenByHash(hash: string): Promise<ApiTokenRow | undefined> {
      return cache.read(`token:${hash}`, () =>
        db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst(),
      );
    },
    async touchApiToken(id: string, at: Date): Promise<void> {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
      dropToken(id);
    },
    async deleteApiToken(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('api_tokens')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      dropToken(id);
      return Number(r.numDeletedRows) > 0;
    },

    findProfile(userId: string): Promise<ProfileRow | undefined> {
      return db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
    },
    async upsertProfile(row: {
      user_id: string;
      headline: string;
      data: unknown;
      visibility: ProfileRow['visibility'];
      updated_at: Date;
    }): Promise<void> {
      const values = { ...row, data: JSON.stringify(row.data) };
      await db
        .insertInto('profiles')
        .values(values)
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({
            headline: values.headline,
            data: values.data,
            visibility: values.visibility,
            updated_at: values.updated_at,
          }),
        )
        .execute();
    },
  };
}
