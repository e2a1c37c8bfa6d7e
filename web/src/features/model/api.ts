import { modelContracts as model } from '../../../../src/shared/contracts/model.ts';
import type {
  ModelLimitsInput,
  ModelSettingsInput,
} from '../../../../src/shared/model-settings.ts';
import { api } from '../../api/client.ts';

// Paths and answer schemas come from the contracts the server binds (src/shared/contracts).
export type {
  ConnectionCheck,
  LlmUsageDay as UsageDay,
  ModelSettingsView,
  ModelUsage,
  UsageTotals,
} from '../../../../src/shared/model-settings.ts';

/** The model endpoints, typed and validated by their contracts. */
export const modelApi = {
  settings: () => api.call(model.getSettings),
  /** Saves the person's own provider; `null` returns to the instance's model (or offline). */
  save: (body: ModelSettingsInput | null) => api.call(model.saveSettings, { body }),
  /** Tests the settings that answer now, or `candidate` before it is saved. */
  test: (candidate?: ModelSettingsInput) =>
    api.call(model.testConnection, { body: candidate ?? {} }),
  usage: (days: number) => api.call(model.getUsage, { query: { days } }),
  saveLimits: (body: ModelLimitsInput) => api.call(model.setLimits, { body }),
};
