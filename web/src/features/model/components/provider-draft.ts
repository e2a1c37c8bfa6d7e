import {
  type ModelProvider,
  ModelSettingsInput,
} from '../../../../../src/shared/model-settings.ts';
import { type FieldErrors, zodFieldErrors } from '../../../forms/field-errors.ts';
import type { ModelSettingsView } from '../api.ts';
import type { KeyMode } from './api-key-field.tsx';

/** The provider form as typed. */
export interface ProviderDraft {
  provider: ModelProvider;
  baseUrl: string;
  model: string;
  apiKey: string;
  keyMode: KeyMode;
}

/** Example values per provider, for placeholders and hints. */
export const PROVIDER_EXAMPLE: Record<ModelProvider, { model: string; baseUrl: string }> = {
  'openai-compatible': { model: 'llama3.1:8b', baseUrl: 'http://127.0.0.1:11434/v1' },
  openai: { model: 'gpt-4o-mini', baseUrl: 'https://api.openai.com/v1' },
  anthropic: { model: 'claude-3-5-haiku-latest', baseUrl: 'https://api.anthropic.com/v1' },
};

/** The form's starting values: the saved settings, or an empty OpenAI-compatible draft. */
export function draftFrom(settings: ModelSettingsView): ProviderDraft {
  const own = settings.own;
  return {
    provider: own?.provider ?? 'openai-compatible',
    baseUrl: own?.baseUrl ?? '',
    model: own?.model ?? '',
    apiKey: '',
    keyMode: 'keep',
  };
}

/** The base URL as the server stores it: trimmed, without trailing slashes; null when empty. */
export function normalBaseUrl(url: string): string | null {
  const t = url.trim().replace(/\/+$/, '');
  return t ? t : null;
}

/** True when the saved key would still be used: same provider and base URL as when saved. */
export function savedKeyApplies(settings: ModelSettingsView, d: ProviderDraft): boolean {
  const own = settings.own;
  return Boolean(
    own?.hasKey && own.provider === d.provider && own.baseUrl === normalBaseUrl(d.baseUrl),
  );
}

/**
 * The API input for a draft, or the field errors that stop it. `apiKey` is omitted to keep
 * the saved key and null to remove it, as the API expects.
 */
export function toInput(
  settings: ModelSettingsView,
  d: ProviderDraft,
): { input: ModelSettingsInput } | { errors: FieldErrors } {
  const keeps = savedKeyApplies(settings, d);
  const typed = d.apiKey.trim();
  const raw = {
    provider: d.provider,
    baseUrl: normalBaseUrl(d.baseUrl),
    model: d.model.trim(),
    ...(typed ? { apiKey: typed } : keeps && d.keyMode === 'remove' ? { apiKey: null } : {}),
  };
  const parsed = ModelSettingsInput.safeParse(raw);
  const errors: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
  if (errors.baseUrl) errors.baseUrl = 'Enter a full address starting with http:// or https://';
  if (errors.model && !raw.model) errors.model = 'Enter the model name';
  if (d.provider === 'openai-compatible' && !raw.baseUrl)
    errors.baseUrl =
      'An OpenAI-compatible server needs its base URL, e.g. http://127.0.0.1:11434/v1';
  const hasKey = Boolean(typed) || (keeps && d.keyMode !== 'remove');
  if (d.provider !== 'openai-compatible' && !hasKey)
    errors.apiKey = `${d.provider === 'openai' ? 'OpenAI' : 'Anthropic'} needs an API key`;
  if (!parsed.success || Object.keys(errors).length) return { errors };
  return { input: parsed.data };
}
