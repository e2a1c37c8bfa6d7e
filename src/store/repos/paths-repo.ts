import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  CalendarTokensTable,
  Database,
  LearningPathProgressTable,
  LearningPathsTable,
  LearningPathVersionsTable,
  PathAvailabilityTable,
  StepAnnotationsTable,
} from '../db-types.ts';
import { packPlan, unpackPlan } from '../packed-plan.ts';

export type PathRow = Selectable<LearningPathsTable>;
/** A stored version with its canonical plan text (unpacked when stored compressed). */
export type PathVersionRow = Omit<Selectable<LearningPathVersionsTable>, 'plan_gzip'>;
export type ProgressRow = Selectable<LearningPathProgressTable>;
export type AnnotationRow = Selectable<StepAnnotationsTable>;
export type CalendarTokenRow = Selectable<CalendarTokensTable>;
export type AvailabilityRow = Selectable<PathAvailabilityTable>;

/** Live numbers about one skill's step across everyone who took it. */
export interface SkillOutcome {
  skillId: string;
  took: number;
  completed: number;
  /** Completers who later recorded evidence of applying the skill (not the step itself). */
  applied: number;
  worked: number;
  didNotWork: number;
}

/** Learning paths, their versions, progress, annotations and calendar tokens. */
export function pathsRepo(db: Kysely<Database>) {
  return {
    findAvailability(userId: string): Promise<AvailabilityRow | undefined> {
      return db
        .selectFrom('path_availability')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    async upsertAvailability(row: AvailabilityRow): Promise<void> {
      const v = {
        ...row,
        busy_weeks: JSON.stringify(row.busy_weeks),
        calendar: row.calendar === null ? null : JSON.stringify(row.calendar),
      };
      await db
        .insertInto('path_availability')
        .values(v)
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({
            busy_weeks: v.busy_weeks,
            calendar: v.calendar,
            updated_at: v.updated_at,
          }),
        )
        .execute();
    },
    async insertPath(row: Omit<PathRow, 'goal'> & { goal: unknown }): Promise<void> {
      await db
        .insertInto('learning_paths')
        .values({ ...row, goal: JSON.stringify(row.goal) })
        .execute();
    },
    findPath(userId: string, id: string): Promise<PathRow | undefined> {
      return db
        .selectFrom('learning_paths')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    findPathById(id: string): Promise<PathRow | undefined> {
      return db.selectFrom('learning_paths').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listPaths(userId: string): Promise<PathRow[]> {
      return db
        .selectFrom('learning_paths')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .execute();
    },
    /**
     * The person's paths with their current version's plan text and the planning inputs'
     * profile and availability (what the path numbers read), most recently changed first; one
     * query.
     */
    async listCurrentPlans(userId: string) {
      const rows = await db
        .selectFrom('learning_paths as p')
        .innerJoin('learning_path_versions as v', (j) =>
          j.onRef('v.path_id', '=', 'p.id').onRef('v.version', '=', 'p.current_version'),
        )
        .selectAll('p')
        .select([
          'v.plan',
          'v.plan_gzip',
          sql<unknown>`v.inputs -> 'profile'`.as('inputs_profile'),
          sql<unknown>`v.inputs -> 'availability'`.as('inputs_availability'),
        ])
        .where('p.user_id', '=', userId)
        .orderBy('p.updated_at', 'desc')
        .orderBy('p.id')
        .execute();
      return rows.map(unpackPlan);
    },
    async updatePath(
      id: string,
      patch: { current_version?: number; updated_at: Date; title?: string; goal?: unknown },
    ): Promise<void> {
      const { goal, ...rest } = patch;
      await db
        .updateTable('learning_paths')
        .set(goal === undefined ? rest : { ...rest, goal: JSON.stringify(goal) })
        .where('id', '=', id)
        .execute();
    },
    async deletePath(userId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('learning_paths')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    /** Inserts a version; `inputs` may be given already serialised as JSON text. */
    async insertVersion(
      row: Omit<PathVersionRow, 'inputs' | 'reasons'> & {
        inputs: unknown;
        inputsText?: string;
        reasons: string[];
      },
    ): Promise<void> {
      const { inputsText, ...rest } = row;
      await db
        .insertInto('learning_path_versions')
        .values({
          ...rest,
          ...packPlan(row.plan),
          inputs: inputsText ?? JSON.stringify(row.inputs),
          reasons: JSON.stringify(row.reasons),
        })
        .execute();
    },
    async findVersion(pathId: string, version: number): Promise<PathVersionRow | undefined> {
      const row = await db
        .selectFrom('learning_path_versions')
        .selectAll()
        .where('path_id', '=', pathId)
        .where('version', '=', version)
        .executeTakeFirst();
      return row && unpackPlan(row);
    },
    /** Versions without their plan text, newest first. */
    listVersions(pathId: string) {
      return db
        .selectFrom('learning_path_versions')
        .select(['version', 'input_hash', 'plan_hash', 'reasons', 'created_at'])
        .where('path_id', '=', pathId)
        .orderBy('version', 'desc')
        .execute();
    },

    listDone(pathId: string): Promise<ProgressRow[]> {
      return db
        .selectFrom('learning_path_progress')
        .selectAll()
        .where('path_id', '=', pathId)
        .orderBy('done_at')
        .execute();
    },
    /** Every ticked step of the person's paths; one query. */
    listDoneOfUser(userId: string): Promise<ProgressRow[]> {
      return db
        .selectFrom('learning_path_progress')
        .selectAll()
        .where('path_id', 'in', (eb) =>
          eb.selectFrom('learning_paths').select('id').where('user_id', '=', userId),
        )
        .orderBy('done_at')
        .execute();
    },
    async markDone(row: ProgressRow): Promise<boolean> {
      const r = await db
        .insertInto('learning_path_progress')
        .values(row)
        .onConflict((oc) => oc.columns(['path_id', 'step_id']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async markUndone(pathId: string, stepId: string): Promise<void> {
      await db
        .deleteFrom('learning_path_progress')
        .where('path_id', '=', pathId)
        .where('step_id', '=', stepId)
        .execute();
    },

    async insertAnnotation(row: AnnotationRow): Promise<void> {
      await db.insertInto('step_annotations').values(row).execute();
    },
    /** Annotations on a skill's step that `viewerId` may read: public ones and their own. */
    listAnnotations(skillId: string, viewerId: string, limit = 50): Promise<AnnotationRow[]> {
      return db
        .selectFrom('step_annotations')
        .selectAll()
        .where('skill_id', '=', skillId)
        .where((eb) => eb.or([eb('visibility', '=', 'public'), eb('user_id', '=', viewerId)]))
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    /**
     * For each skill: how many people have it in a path's progress (took), how many
     * completed it, how many of those later recorded evidence of applying it (any ledger entry
     * naming the skill other than a completed path step, dated after completion), and the
     * public worked / did-not-work annotation counts.
     */
    async outcomes(skillIds: string[]): Promise<SkillOutcome[]> {
      if (skillIds.length === 0) return [];
      const done = await sql<{ skill_id: string; completed: number; applied: number }>`
        select p.skill_id,
          count(distinct p.user_id)::int as completed,
          count(distinct case when exists (
            select 1 from evidence_entries e
            where e.user_id = p.user_id and e.deleted_at is null and e.kind <> 'path_step'
              and e.skills ? p.skill_id and e.occurred_at >= p.done_at
          ) then p.user_id end)::int as applied
        from learning_path_progress p
        where p.skill_id in (${sql.join(skillIds)})
        group by p.skill_id`.execute(db);
      const notes = await sql<{ skill_id: string; worked: number; did_not_work: number }>`
        select skill_id,
          count(*) filter (where verdict = 'worked')::int as worked,
          count(*) filter (where verdict = 'did_not_work')::int as did_not_work
        from step_annotations
        where visibility = 'public' and skill_id in (${sql.join(skillIds)})
        group by skill_id`.execute(db);
      const byDone = new Map(done.rows.map((r) => [r.skill_id, r]));
      const byNote = new Map(notes.rows.map((r) => [r.skill_id, r]));
      return skillIds.map((skillId) => {
        const d = byDone.get(skillId);
        const n = byNote.get(skillId);
        return {
          skillId,
          took: Number(d?.completed ?? 0),
          completed: Number(d?.completed ?? 0),
          applied: Number(d?.applied ?? 0),
          worked: Number(n?.worked ?? 0),
          didNotWork: Number(n?.did_not_work ?? 0),
        };
      });
    },

    async insertCalendarToken(row: CalendarTokenRow): Promise<void> {
      await db.insertInto('calendar_tokens').values(row).execute();
    },
    findCalendarToken(hash: string): Promise<CalendarTokenRow | undefined> {
      return db
        .selectFrom('calendar_tokens')
        .selectAll()
        .where('token_hash', '=', hash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
    },
    listCalendarTokens(userId: string, pathId: string): Promise<CalendarTokenRow[]> {
      return db
        .selectFrom('calendar_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .where('path_id', '=', pathId)
        .orderBy('created_at')
        .execute();
    },
    async revokeCalendarToken(
      userId: string,
      pathId: string,
      id: string,
      at: Date,
    ): Promise<boolean> {
      const r = await db
        .updateTable('calendar_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('path_id', '=', pathId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
  };
}
