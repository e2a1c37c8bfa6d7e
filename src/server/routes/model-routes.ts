import type { Hono } from 'hono';
import {
  getModelSettings,
  getModelUsage,
  setModelLimits,
  testModelConnection,
  updateModelSettings,
} from '../../domain/accounts/index.ts';
import { modelContracts as model } from '../../shared/contracts/model.ts';
import { bindContract } from '../bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from '../route.ts';

/** Your model provider (bring your own), its connection test, your usage; admin limits. */
export function modelRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  bindContract(app, reg, model.getSettings, (c) => getModelSettings(c.get('ctx'), userOf(c)));
  bindContract(app, reg, model.saveSettings, (c, { body }) =>
    updateModelSettings(c.get('ctx'), userOf(c), body),
  );
  bindContract(app, reg, model.testConnection, (c, { body }) => {
    const candidate = body && 'provider' in body ? body : undefined;
    return testModelConnection(c.get('ctx'), userOf(c), candidate);
  });
  bindContract(app, reg, model.getUsage, (c, { query }) =>
    getModelUsage(c.get('ctx'), userOf(c), { days: query.days }),
  );
  bindContract(app, reg, model.setLimits, (c, { body }) =>
    setModelLimits(c.get('ctx'), userOf(c), body),
  );
}
