import type { Hono } from 'hono';
import { z } from 'zod';
import {
  annotateStep,
  askTutor,
  createCalendarToken,
  createPath,
  deletePath,
  diffPathVersions,
  getAvailability,
  getPath,
  getWeekSchedule,
  importCalendar,
  listCalendarTokens,
  listPaths,
  listPathVersions,
  listStepAnnotations,
  regeneratePath,
  removeCalendar,
  revokeCalendarToken,
  setBusyWeeks,
  tickStep,
} from '../../domain/paths/index.ts';
import { pathsContracts as paths } from '../../shared/contracts/paths.ts';
import {
  Annotation,
  AnnotationInput,
  CalendarTokenCreated,
  CalendarTokenInfo,
  CreatePathInput,
  PathDiff,
  PathSummary,
  PathVersionInfo,
  PathView,
  RegeneratePathInput,
  RegenerateResult,
  TickStepInput,
  TutorAnswer,
  TutorInput,
  WeekSchedule,
} from '../../shared/paths.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';
import { catalogRoutes } from './catalog-routes.ts';

const Version = z.coerce.number().int().min(1).max(100000);
const param = (c: { req: { param(k: string): string | undefined } }, k: string) =>
  c.req.param(k) ?? '';

/**
 * Learning paths: create from a goal, versions and diffs, progress, schedule, calendar,
 * annotations, tutor; plus the catalog and calendar-feed routes.
 */
export function pathsRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  catalogRoutes(app, reg);
  // Before `/api/paths/:id`, so "availability" is never read as a path id.
  bindContract(app, reg, paths.getAvailability, (c) => getAvailability(c.get('ctx'), userOf(c).id));
  bindContract(app, reg, paths.setBusyWeeks, (c, { body }) =>
    setBusyWeeks(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, paths.importCalendar, (c, { body }) =>
    importCalendar(c.get('ctx'), userOf(c).id, body),
  );
  bindContract(app, reg, paths.removeCalendar, (c) => removeCalendar(c.get('ctx'), userOf(c).id));
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/paths',
      tag: 'paths',
      summary:
        'Create a learning path from a goal: a role id, skill ids, a radar learn-next skill id, or free text ("Tableau for a client dashboard by Friday")',
      body: CreatePathInput,
      response: PathView,
      status: 201,
    },
    async (c, { body }) => c.json(await createPath(c.get('ctx'), userOf(c).id, body), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/paths',
      tag: 'paths',
      summary: 'Your learning paths',
      response: z.object({ paths: z.array(PathSummary) }),
    },
    async (c) => c.json({ paths: await listPaths(c.get('ctx'), userOf(c).id) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/paths/:id',
      tag: 'paths',
      summary:
        'A path with its current (or `?version=`) plan, progress, live outcome data and changed links',
      query: z.object({ version: Version.optional() }),
      response: PathView,
    },
    async (c, { query }) =>
      c.json(await getPath(c.get('ctx'), userOf(c).id, param(c, 'id'), query.version)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'delete',
      path: '/api/paths/:id',
      tag: 'paths',
      summary: 'Delete a path and everything in it',
    },
    async (c) => {
      await deletePath(c.get('ctx'), userOf(c).id, param(c, 'id'));
      return c.body(null, 204);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/paths/:id/regenerate',
      tag: 'paths',
      summary:
        'Re-plan from the current profile, catalog and model; a new version (with its diff) only when an input changed',
      body: RegeneratePathInput,
      response: RegenerateResult,
    },
    async (c, { body }) =>
      c.json(await regeneratePath(c.get('ctx'), userOf(c).id, param(c, 'id'), body)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/paths/:id/versions',
      tag: 'paths',
      summary: 'Every version of a path, newest first, with the reasons for each',
      response: z.object({ versions: z.array(PathVersionInfo) }),
    },
    async (c) =>
      c.json({ versions: await listPathVersions(c.get('ctx'), userOf(c).id, param(c, 'id')) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/paths/:id/diff',
      tag: 'paths',
      summary:
        'What changed between two versions (default previous → current), with the reason for each change',
      query: z.object({ from: Version.optional(), to: Version.optional() }),
      response: PathDiff,
    },
    async (c, { query }) =>
      c.json(await diffPathVersions(c.get('ctx'), userOf(c).id, param(c, 'id'), query)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/paths/:id/steps/:stepId/done',
      tag: 'paths',
      summary:
        'Tick a step done (records a `path_step` evidence entry; `minutes` logs the time it took) or undone',
      body: TickStepInput,
      response: z.object({
        stepId: z.string(),
        done: z.boolean(),
        evidence: z.object({ entryId: z.string() }).nullable(),
        /** A new version when the tick put you ahead of or behind the plan, with why. */
        replanned: z.object({ version: z.number(), reason: z.string() }).nullable(),
      }),
    },
    async (c, { body }) =>
      c.json(
        await tickStep(
          c.get('ctx'),
          userOf(c).id,
          param(c, 'id'),
          param(c, 'stepId'),
          body.done,
          body.minutes,
        ),
      ),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/paths/:id/schedule',
      tag: 'paths',
      summary: 'Sessions of one week (Monday of `?week=YYYY-MM-DD`, default this week)',
      query: z.object({
        week: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
      }),
      response: WeekSchedule,
    },
    async (c, { query }) =>
      c.json(await getWeekSchedule(c.get('ctx'), userOf(c).id, param(c, 'id'), query.week)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/paths/:id/calendar-tokens',
      tag: 'paths',
      summary: 'Create a secret iCalendar subscription URL (shown once)',
      response: CalendarTokenCreated,
      status: 201,
    },
    async (c) => c.json(await createCalendarToken(c.get('ctx'), userOf(c).id, param(c, 'id')), 201),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/paths/:id/calendar-tokens',
      tag: 'paths',
      summary: 'The calendar subscription links of a path',
      response: z.object({ tokens: z.array(CalendarTokenInfo) }),
    },
    async (c) =>
      c.json({ tokens: await listCalendarTokens(c.get('ctx'), userOf(c).id, param(c, 'id')) }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'delete',
      path: '/api/paths/:id/calendar-tokens/:tokenId',
      tag: 'paths',
      summary: 'Revoke a calendar subscription link',
    },
    async (c) => {
      await revokeCalendarToken(c.get('ctx'), userOf(c).id, param(c, 'id'), param(c, 'tokenId'));
      return c.body(null, 204);
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/paths/:id/steps/:stepId/annotations',
      tag: 'paths',
      summary: 'What people who finished this step said worked or did not',
      response: z.object({ annotations: z.array(Annotation) }),
    },
    async (c) =>
      c.json({
        annotations: await listStepAnnotations(
          c.get('ctx'),
          userOf(c).id,
          param(c, 'id'),
          param(c, 'stepId'),
        ),
      }),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/paths/:id/steps/:stepId/annotations',
      tag: 'paths',
      summary: 'Say whether a finished step worked (`verdict` required), with a note',
      body: AnnotationInput.partial(),
      response: Annotation,
      status: 201,
    },
    async (c, { body }) =>
      c.json(
        await annotateStep(c.get('ctx'), userOf(c).id, param(c, 'id'), param(c, 'stepId'), body),
        201,
      ),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/paths/:id/steps/:stepId/ask',
      tag: 'paths',
      summary:
        "Ask the step's tutor: answers grounded in cited catalog sources, unsupported statements marked",
      body: TutorInput.partial(),
      response: TutorAnswer,
      maxBody: 16 * 1024,
    },
    async (c, { body }) =>
      c.json(await askTutor(c.get('ctx'), userOf(c).id, param(c, 'id'), param(c, 'stepId'), body)),
  );
}
