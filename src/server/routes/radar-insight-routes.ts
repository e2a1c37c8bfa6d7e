import type { Hono } from 'hono';
import {
  confirmProfileSkills,
  extractFromText,
  getGap,
  getLearnNext,
  getTrajectories,
  getTrends,
  STORED_EXTRACTION,
  suggestProfileSkills,
} from '../../domain/radar/index.ts';
import { radarContracts as radar } from '../../shared/contracts/radar.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';

/** Radar insight: extraction, trends, trajectories, gap, learn-next, onboarding. */
export function radarInsightRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  bindContract(app, reg, radar.extract, async (c, { body }) => ({
    skills: await extractFromText(c.get('ctx'), body.text, STORED_EXTRACTION),
  }));
  bindContract(app, reg, radar.trends, (c, { query }) =>
    getTrends(c.get('ctx'), userOf(c).id, query),
  );
  bindContract(app, reg, radar.trajectories, async (c, { query }) => ({
    trajectories: await getTrajectories(c.get('ctx'), userOf(c).id, query.limit),
  }));
  bindContract(app, reg, radar.gap, (c, { query }) =>
    getGap(c.get('ctx'), userOf(c).id, query.role),
  );
  bindContract(app, reg, radar.learnNext, (c, { query }) =>
    getLearnNext(c.get('ctx'), userOf(c).id, query),
  );
  bindContract(app, reg, radar.suggestSkills, async (c, { body }) => ({
    suggestions: await suggestProfileSkills(c.get('ctx'), userOf(c).id, body),
  }));
  bindContract(app, reg, radar.confirmSkills, (c, { body }) =>
    confirmProfileSkills(c.get('ctx'), userOf(c).id, body),
  );
}
