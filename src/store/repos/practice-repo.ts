import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  Database,
  ExamAnswersTable,
  ExternalCredentialsTable,
  PracticeBriefsTable,
  PracticeReviewsTable,
  PracticeScaffoldingTable,
  PracticeSharesTable,
  PracticeSubmissionsTable,
  ReviewCardsTable,
  ReviewLogsTable,
} from '../db-types.ts';

export type BriefRow = Selectable<PracticeBriefsTable>;
export type SubmissionRow = Selectable<PracticeSubmissionsTable>;
export type ReviewRow = Selectable<PracticeReviewsTable>;
export type ShareRow = Selectable<PracticeSharesTable>;
export type ScaffoldRow = Selectable<PracticeScaffoldingTable>;
export type CardRow = Selectable<ReviewCardsTable>;
export type ReviewLogRow = Selectable<ReviewLogsTable>;
export type ExamAnswerRow = Selectable<ExamAnswersTable>;
export type CredentialRow = Selectable<ExternalCredentialsTable>;

const JSON_COLS = new Set([
  'content',
  'scaffold',
  'posting_patterns',
  'provenance',
  'links',
  'files',
  'scores',
  'flags',
  'history',
  'fsrs',
  'checks',
]);

/** jsonb columns are written as JSON text so PGlite and node-postgres store the same thing. */
function ser<T extends object>(row: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    out[k] = JSON_COLS.has(k) && v !== null && v !== undefined ? JSON.stringify(v) : v;
  return out as T;
}

/** Practice briefs, submissions, reviews, peer shares, scaffolding, review cards, exams, credentials. */
export function practiceRepo(db: Kysely<Database>) {
  return {
    async insertBrief(row: BriefRow): Promise<void> {
      await db.insertInto('practice_briefs').values(ser(row)).execute();
    },
    findBrief(userId: string, id: string): Promise<BriefRow | undefined> {
      return db
        .selectFrom('practice_briefs')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    listBriefs(
      userId: string,
      opts: { skillId?: string; limit?: number } = {},
    ): Promise<BriefRow[]> {
      let q = db.selectFrom('practice_briefs').selectAll().where('user_id', '=', userId);
      if (opts.skillId) q = q.where('skill_id', '=', opts.skillId);
      return q
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(opts.limit ?? 200)
        .execute();
    },
    async updateBrief(
      userId: string,
      id: string,
      patch: Partial<Pick<BriefRow, 'status' | 'evidence_id' | 'visibility' | 'updated_at'>>,
    ): Promise<void> {
      await db
        .updateTable('practice_briefs')
        .set(patch)
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .execute();
    },

    async insertSubmission(row: SubmissionRow): Promise<void> {
      await db.insertInto('practice_submissions').values(ser(row)).execute();
    },
    latestSubmission(userId: string, briefId: string): Promise<SubmissionRow | undefined> {
      return db
        .selectFrom('practice_submissions')
        .selectAll()
        .where('brief_id', '=', briefId)
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
    },
    findSubmissionById(id: string): Promise<SubmissionRow | undefined> {
      return db
        .selectFrom('practice_submissions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async insertReview(row: ReviewRow): Promise<void> {
      await db.insertInto('practice_reviews').values(ser(row)).execute();
    },
    listReviews(userId: string, briefId?: string): Promise<ReviewRow[]> {
      let q = db.selectFrom('practice_reviews').selectAll().where('user_id', '=', userId);
      if (briefId) q = q.where('brief_id', '=', briefId);
      return q.orderBy('created_at').orderBy('id').execute();
    },

    async insertShare(row: ShareRow): Promise<void> {
      await db.insertInto('practice_shares').values(row).execute();
    },
    findShareByToken(token: string): Promise<ShareRow | undefined> {
      return db
        .selectFrom('practice_shares')
        .selectAll()
        .where('token', '=', token)
        .executeTakeFirst();
    },
    listSharesForReviewer(reviewerId: string): Promise<ShareRow[]> {
      return db
        .selectFrom('practice_shares')
        .selectAll()
        .where('reviewer_id', '=', reviewerId)
        .orderBy('created_at', 'desc')
        .execute();
    },
    async updateShare(id: string, patch: Partial<Pick<ShareRow, 'status' | 'answered_at'>>) {
      await db.updateTable('practice_shares').set(patch).where('id', '=', id).execute();
    },
    findBriefById(id: string): Promise<BriefRow | undefined> {
      return db.selectFrom('practice_briefs').selectAll().where('id', '=', id).executeTakeFirst();
    },

    findScaffold(userId: string, skillId: string): Promise<ScaffoldRow | undefined> {
      return db
        .selectFrom('practice_scaffolding')
        .selectAll()
        .where('user_id', '=', userId)
        .where('skill_id', '=', skillId)
        .executeTakeFirst();
    },
    async upsertScaffold(row: ScaffoldRow): Promise<void> {
      const v = ser(row);
      await db
        .insertInto('practice_scaffolding')
        .values(v)
        .onConflict((oc) =>
          oc.columns(['user_id', 'skill_id']).doUpdateSet({
            level: v.level,
            override: v.override,
            history: v.history,
            updated_at: v.updated_at,
          }),
        )
        .execute();
    },

    /** Inserts cards; a card whose concept the user already has is skipped. Returns inserted count. */
    async insertCards(rows: Insertable<ReviewCardsTable>[]): Promise<number> {
      if (rows.length === 0) return 0;
      const r = await db
        .insertInto('review_cards')
        .values(rows.map(ser))
        .onConflict((oc) => oc.columns(['user_id', 'concept_key']).doNothing())
        .returning('id')
        .execute();
      return r.length;
    },
    findCard(userId: string, id: string): Promise<CardRow | undefined> {
      return db
        .selectFrom('review_cards')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    listCards(userId: string, opts: { dueBefore?: Date } = {}): Promise<CardRow[]> {
      let q = db.selectFrom('review_cards').selectAll().where('user_id', '=', userId);
      if (opts.dueBefore) q = q.where('due', '<', opts.dueBefore);
      return q.orderBy('due').orderBy('id').execute();
    },
    async updateCard(userId: string, id: string, patch: { fsrs: unknown; due: Date }) {
      await db
        .updateTable('review_cards')
        .set({ fsrs: JSON.stringify(patch.fsrs), due: patch.due })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .execute();
    },
    async insertReviewLog(row: ReviewLogRow): Promise<void> {
      await db.insertInto('review_logs').values(row).execute();
    },
    listReviewLogs(userId: string, since: Date): Promise<ReviewLogRow[]> {
      return db
        .selectFrom('review_logs')
        .selectAll()
        .where('user_id', '=', userId)
        .where('reviewed_at', '>=', since)
        .orderBy('reviewed_at')
        .execute();
    },

    async insertExamAnswer(row: ExamAnswerRow): Promise<void> {
      await db.insertInto('exam_answers').values(row).execute();
    },
    listExamAnswers(userId: string, certificationId: string): Promise<ExamAnswerRow[]> {
      return db
        .selectFrom('exam_answers')
        .selectAll()
        .where('user_id', '=', userId)
        .where('certification_id', '=', certificationId)
        .orderBy('answered_at')
        .orderBy('id')
        .execute();
    },

    async insertCredential(row: CredentialRow): Promise<void> {
      await db.insertInto('external_credentials').values(ser(row)).execute();
    },
    listCredentials(userId: string): Promise<CredentialRow[]> {
      return db
        .selectFrom('external_credentials')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
    },
    async deleteCredential(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('external_credentials')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    /** Per user: when each reviewed brief of a skill got its first review (velocity, all users). */
    firstReviewedBriefPerUser(skillId: string): Promise<Array<{ user_id: string; at: Date }>> {
      return db
        .selectFrom('practice_reviews as r')
        .innerJoin('practice_briefs as b', 'b.id', 'r.brief_id')
        .where('b.skill_id', '=', skillId)
        .select(['r.user_id', (eb) => eb.fn.min<Date>('r.created_at').as('at')])
        .groupBy('r.user_id')
        .execute();
    },
  };
}
