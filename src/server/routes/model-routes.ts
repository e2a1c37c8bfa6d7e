import type { Hono } from 'hono';
import { z } from 'zod';
import {
  getModelSettings,
  getModelUsage,
  setModelLimits,
  testModelConnection,
  updateModelSettings,
} from '../../domain/accounts/index.ts';
import {
  ModelLimitsInput,
  ModelProvider,
  ModelSettingsInput,
} from '../../shared/model-settings.ts';
import { type AppEnv, defineRoute, type RouteRegistry, userOf } from '../route.ts';

const ModelSettingsView = z.object({
  active: z.enum(['user', 'instance', 'offline']),
  own: z
    .object({
      provider: ModelProvider,
      baseUrl: z.string().nullable(),
      model: z.string(),
      embeddingModel: z.string().nullable(),
      hasKey: z.boolean(),
      updatedAt: z.string(),
    })
    .nullable(),
  instance: z.object({ provider: ModelProvider, model: z.string() }).nullable(),
  canEmbed: z.boolean(),
});

const ConnectionCheck = z.object({
  ok: z.boolean(),
  latencyMs: z.number(),
  provider: ModelProvider.optional(),
  model: z.string().optional(),
  error: z.string().optional(),
});

const UsageDay = z.object({
  day: z.string(),
  calls: z.number(),
  tokensIn: z.number(),
  tokensOut: z.number(),
  costUsd: z.number(),
});
const UsageTotals = UsageDay.omit({ day: true });
const ModelUsage = z.object({
  since: z.string(),
  days: z.array(UsageDay),
  totals: UsageTotals,
  today: z.object({
    tokensOnInstanceModel: z.number(),
    limit: z.number().nullable(),
    remaining: z.number().nullable(),
  }),
  instance: z
    .object({ days: z.array(UsageDay), totals: UsageTotals, limits: ModelLimitsInput })
    .optional(),
});

/** Your model provider (bring your own), its connection test, your usage; admin limits. */
export function modelRoutes(app: Hono<AppEnv>, reg: RouteRegistry): void {
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/settings/model',
      tag: 'model',
      summary: 'Your model settings (never the key)',
      response: ModelSettingsView,
    },
    async (c) => c.json(await getModelSettings(c.get('ctx'), userOf(c))),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/settings/model',
      tag: 'model',
      summary: 'Bring your own model provider; null returns to the instance model',
      body: ModelSettingsInput.nullable(),
      response: ModelSettingsView,
    },
    async (c, { body }) => c.json(await updateModelSettings(c.get('ctx'), userOf(c), body)),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'post',
      path: '/api/settings/model/test',
      tag: 'model',
      summary: 'Try the active settings, or settings before saving them',
      // An empty body (or null) tests the settings that answer now.
      body: z.union([ModelSettingsInput, z.object({}).strict()]).nullable(),
      response: ConnectionCheck,
    },
    async (c, { body }) => {
      const candidate = body && 'provider' in body ? body : undefined;
      return c.json(await testModelConnection(c.get('ctx'), userOf(c), candidate));
    },
  );
  defineRoute(
    app,
    reg,
    {
      method: 'get',
      path: '/api/settings/model/usage',
      tag: 'model',
      summary: 'Your model use per day (admins: also the instance)',
      query: z.object({ days: z.coerce.number().int().min(1).max(366).optional() }),
      response: ModelUsage,
    },
    async (c, { query }) =>
      c.json(await getModelUsage(c.get('ctx'), userOf(c), { days: query.days })),
  );
  defineRoute(
    app,
    reg,
    {
      method: 'put',
      path: '/api/admin/model-limits',
      admin: true,
      tag: 'admin',
      summary: 'Limit model use per user and day',
      body: ModelLimitsInput,
      response: ModelLimitsInput,
    },
    async (c, { body }) => c.json(await setModelLimits(c.get('ctx'), userOf(c), body)),
  );
}
