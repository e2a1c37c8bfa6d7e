import type { Hono } from 'hono';
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
import { queuePathCards } from '../../domain/practice/index.ts';
import { pathsContracts as paths } from '../../shared/contracts/paths.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';
import { catalogRoutes } from './catalog-routes.ts';

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
  bindContract(app, reg, paths.create, async (c, { body }) => {
    const path = await createPath(c.get('ctx'), userOf(c).id, body);
    await queuePathCards(c.get('ctx'), userOf(c).id, path.id);
    return path;
  });
  bindContract(app, reg, paths.list, async (c) => ({
    paths: await listPaths(c.get('ctx'), userOf(c).id),
  }));
  bindContract(app, reg, paths.get, (c, { query }) =>
    getPath(c.get('ctx'), userOf(c).id, param(c, 'id'), query.version),
  );
  bindContract(app, reg, paths.remove, async (c) => {
    await deletePath(c.get('ctx'), userOf(c).id, param(c, 'id'));
    return undefined;
  });
  bindContract(app, reg, paths.regenerate, async (c, { body }) => {
    const out = await regeneratePath(c.get('ctx'), userOf(c).id, param(c, 'id'), body);
    if (out.changed) await queuePathCards(c.get('ctx'), userOf(c).id, out.path.id);
    return out;
  });
  bindContract(app, reg, paths.versions, async (c) => ({
    versions: await listPathVersions(c.get('ctx'), userOf(c).id, param(c, 'id')),
  }));
  bindContract(app, reg, paths.diff, (c, { query }) =>
    diffPathVersions(c.get('ctx'), userOf(c).id, param(c, 'id'), query),
  );
  bindContract(app, reg, paths.tickStep, (c, { body }) =>
    tickStep(
      c.get('ctx'),
      userOf(c).id,
      param(c, 'id'),
      param(c, 'stepId'),
      body.done,
      body.minutes,
    ),
  );
  bindContract(app, reg, paths.schedule, (c, { query }) =>
    getWeekSchedule(c.get('ctx'), userOf(c).id, param(c, 'id'), query.week),
  );
  bindContract(app, reg, paths.createCalendarToken, (c) =>
    createCalendarToken(c.get('ctx'), userOf(c).id, param(c, 'id')),
  );
  bindContract(app, reg, paths.listCalendarTokens, async (c) => ({
    tokens: await listCalendarTokens(c.get('ctx'), userOf(c).id, param(c, 'id')),
  }));
  bindContract(app, reg, paths.revokeCalendarToken, async (c) => {
    await revokeCalendarToken(c.get('ctx'), userOf(c).id, param(c, 'id'), param(c, 'tokenId'));
    return undefined;
  });
  bindContract(app, reg, paths.annotations, async (c) => ({
    annotations: await listStepAnnotations(
      c.get('ctx'),
      userOf(c).id,
      param(c, 'id'),
      param(c, 'stepId'),
    ),
  }));
  bindContract(app, reg, paths.annotate, (c, { body }) =>
    annotateStep(c.get('ctx'), userOf(c).id, param(c, 'id'), param(c, 'stepId'), body),
  );
  bindContract(app, reg, paths.ask, (c, { body }) =>
    askTutor(c.get('ctx'), userOf(c).id, param(c, 'id'), param(c, 'stepId'), body),
  );
}
