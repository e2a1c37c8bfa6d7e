import { z } from 'zod';
import {
  ConnectionCheck,
  ModelLimitsInput,
  ModelSettingsInput,
  ModelSettingsView,
  ModelUsage,
} from '../model-settings.ts';
import { contract } from './contract.ts';

/** Your model provider (bring your own), its connection test, your usage; admin limits. */
export const modelContracts = {
  getSettings: contract({
    method: 'get',
    path: '/api/settings/model',
    tag: 'model',
    summary: 'Your model settings (never the key)',
    response: ModelSettingsView,
  }),
  saveSettings: contract({
    method: 'put',
    path: '/api/settings/model',
    tag: 'model',
    summary: 'Bring your own model provider; null returns to the instance model',
    body: ModelSettingsInput.nullable(),
    response: ModelSettingsView,
  }),
  testConnection: contract({
    method: 'post',
    path: '/api/settings/model/test',
    tag: 'model',
    summary: 'Try the active settings, or settings before saving them',
    // An empty body (or null) tests the settings that answer now.
    body: z.union([ModelSettingsInput, z.object({}).strict()]).nullable(),
    response: ConnectionCheck,
  }),
  getUsage: contract({
    method: 'get',
    path: '/api/settings/model/usage',
    tag: 'model',
    summary: 'Your model use per day (admins: also the instance)',
    query: z.object({ days: z.coerce.number().int().min(1).max(366).optional() }),
    response: ModelUsage,
  }),
  setLimits: contract({
    method: 'put',
    path: '/api/admin/model-limits',
    admin: true,
    tag: 'admin',
    summary: 'Limit model use per user and day',
    body: ModelLimitsInput,
    response: ModelLimitsInput,
  }),
};
