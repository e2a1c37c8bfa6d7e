import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { GuardPolicy, Resolver } from '../net/guarded-fetch.ts';
import { createSecretBox } from '../secrets/secret-box.ts';
import type { Store } from '../store/open-store.ts';
import type { ModelSettings } from './providers.ts';

/** What settings resolution needs. */
export interface SettingsDeps {
  config: Config;
  store: Pick<Store, 'llm' | 'instance'>;
  /** Embedding model of the instance's provider (none: OpenAI's default, or no embeddings). */
  embeddingModel?: string | undefined;
}

/**
 * The settings that answer for `userId`: the user's own provider when they set one, else
 * the instance's (configuration), else undefined (offline engine). With `openKey: false` the
 * user's key is left sealed (apiKey undefined). Throws `llm_unavailable` when the user's
 * stored key cannot be opened (the instance secret key changed).
 */
export async function resolveSettings(
  deps: SettingsDeps,
  userId?: string,
  opts: { openKey?: boolean } = {},
): Promise<ModelSettings | undefined> {
  if (userId) {
    const row = await deps.store.llm.findUserSettings(userId);
    if (row) {
      return {
        via: 'user',
        provider: row.provider,
        baseUrl: row.base_url ?? undefined,
        model: row.model,
        embeddingModel: row.embedding_model ?? undefined,
        apiKey:
          row.api_key_sealed && opts.openKey !== false
            ? openKey(deps.config, row.api_key_sealed, userId)
            : undefined,
      };
    }
  }
  const llm = deps.config.llm;
  if (!llm) return undefined;
  return {
    via: 'instance',
    provider: llm.provider,
    baseUrl: llm.baseUrl,
    model: llm.model,
    embeddingModel: deps.embeddingModel,
    apiKey: llm.apiKey,
  };
}

function openKey(config: Config, sealed: string, userId: string): string {
  if (!config.secretKey) {
    throw new AppError(
      'llm_unavailable',
      'Your saved API key cannot be used: the instance has no secret key',
    );
  }
  try {
    return createSecretBox(config.secretKey).open(sealed, userId);
  } catch (cause) {
    throw new AppError(
      'llm_unavailable',
      'Your saved API key cannot be opened any more; enter it again',
      { cause },
    );
  }
}

/** True when an admin lets outbound calls reach private addresses (configuration or instance setting). */
export async function privateNetworkAllowed(deps: SettingsDeps): Promise<boolean> {
  const stored = await deps.store.instance.getSetting<{ allowPrivateNetwork?: unknown }>(
    'instance',
  );
  return typeof stored?.allowPrivateNetwork === 'boolean'
    ? stored.allowPrivateNetwork
    : deps.config.allowPrivateNetwork;
}

/**
 * The guard policy for calls with `settings`. The instance's own base URL host was set by
 * the admin in configuration, so it is trusted (a local Ollama is the usual case); a
 * user-set base URL may reach private addresses only when an admin allowed that.
 */
export async function guardPolicyFor(
  deps: SettingsDeps,
  settings: Pick<ModelSettings, 'via' | 'baseUrl'>,
  resolve?: Resolver,
): Promise<GuardPolicy> {
  const allowPrivate = await privateNetworkAllowed(deps);
  const trustedHosts: string[] = [];
  if (settings.via === 'instance' && settings.baseUrl) {
    try {
      trustedHosts.push(new URL(settings.baseUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase());
    } catch {
      // An unparseable URL is refused by the guard itself.
    }
  }
  return { allowPrivate, trustedHosts, ...(resolve ? { resolve } : {}) };
}
