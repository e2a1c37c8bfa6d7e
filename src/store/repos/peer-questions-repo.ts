import type { Kysely, Selectable } from 'kysely';
import type {
  Database,
  PeerAnswersTable,
  PeerQuestionRoutesTable,
  PeerQuestionsTable,
} from '../db-types.ts';

export type PeerQuestionRow = Selectable<PeerQuestionsTable>;
export type PeerQuestionRouteRow = Selectable<PeerQuestionRoutesTable>;
export type PeerAnswerRow = Selectable<PeerAnswersTable>;

const json = (v: unknown) => JSON.stringify(v);

/** Peer questions, their routes to answerers, and answers (part of `peersRepo`). */
export function peerQuestionsRepo(db: Kysely<Database>) {
  return {
    async insertQuestion(row: PeerQuestionRow): Promise<void> {
      await db
        .insertInto('peer_questions')
        .values({ ...row, trigger: json(row.trigger) })
        .execute();
    },
    findQuestion: (id: string) =>
      db.selectFrom('peer_questions').selectAll().where('id', '=', id).executeTakeFirst(),
    listQuestionsOf: (userId: string, step?: { pathId: string; stepId: string }) => {
      let q = db.selectFrom('peer_questions').selectAll().where('user_id', '=', userId);
      if (step) q = q.where('path_id', '=', step.pathId).where('step_id', '=', step.stepId);
      return q.orderBy('created_at', 'desc').orderBy('id').execute();
    },
    async insertRoutes(rows: PeerQuestionRouteRow[]): Promise<void> {
      if (rows.length) await db.insertInto('peer_question_routes').values(rows).execute();
    },
    findRoute: (questionId: string, userId: string) =>
      db
        .selectFrom('peer_question_routes')
        .selectAll()
        .where('question_id', '=', questionId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    async setRouteStatus(
      questionId: string,
      userId: string,
      status: PeerQuestionRouteRow['status'],
    ): Promise<void> {
      await db
        .updateTable('peer_question_routes')
        .set({ status })
        .where('question_id', '=', questionId)
        .where('user_id', '=', userId)
        .execute();
    },
    /** Questions routed to each of `userIds` since `since` (the weekly limit). */
    async routesSince(userIds: string[], since: Date): Promise<Map<string, number>> {
      if (!userIds.length) return new Map();
      const rows = await db
        .selectFrom('peer_question_routes')
        .select(['user_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('user_id', 'in', userIds)
        .where('routed_at', '>', since)
        .groupBy('user_id')
        .execute();
      return new Map(rows.map((r) => [r.user_id, Number(r.n)]));
    },
    routeCounts: async (questionIds: string[]): Promise<Map<string, number>> => {
      if (!questionIds.length) return new Map();
      const rows = await db
        .selectFrom('peer_question_routes')
        .select(['question_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('question_id', 'in', questionIds)
        .groupBy('question_id')
        .execute();
      return new Map(rows.map((r) => [r.question_id, Number(r.n)]));
    },
    listInbox: (userId: string) =>
      db
        .selectFrom('peer_question_routes as r')
        .innerJoin('peer_questions as q', 'q.id', 'r.question_id')
        .selectAll('q')
        .select(['r.status as route_status', 'r.routed_at'])
        .where('r.user_id', '=', userId)
        .orderBy('r.routed_at', 'desc')
        .orderBy('q.id')
        .execute(),
    async insertAnswer(row: PeerAnswerRow): Promise<void> {
      await db
        .insertInto('peer_answers')
        .values({ ...row, provenance: json(row.provenance) })
        .execute();
    },
    listAnswers: (questionIds: string[]) =>
      questionIds.length
        ? db
            .selectFrom('peer_answers')
            .selectAll()
            .where('question_id', 'in', questionIds)
            .orderBy('created_at')
            .orderBy('id')
            .execute()
        : Promise.resolve([] as PeerAnswerRow[]),
  };
}
