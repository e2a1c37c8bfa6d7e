/**
 * Row types of every table, as Kysely sees them. jsonb columns are typed as `Json`
 * on read; repositories serialise with JSON.stringify on write so both drivers agree.
 */
export type Json = unknown;

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: 'admin' | 'member';
  is_demo: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  user_agent: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
}

export interface ProfilesTable {
  user_id: string;
  headline: string;
  data: Json;
  visibility: 'private' | 'circle' | 'public';
  updated_at: Date;
}

export interface RateLimitsTable {
  key: string;
  window_start: Date;
  count: number;
}

export interface KvCacheTable {
  key: string;
  value: Json;
  created_at: Date;
  expires_at: Date | null;
}

export interface JobsTable {
  id: string;
  queue: string;
  payload: Json;
  state: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  run_at: Date;
  locked_until: Date | null;
  last_error: string | null;
  singleton_key: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface InstanceSettingsTable {
  key: string;
  value: Json;
  updated_at: Date;
}

/** A user's own model provider; the API key is sealed with the instance secret key. */
export interface UserLlmSettingsTable {
  user_id: string;
  provider: 'openai-compatible' | 'openai' | 'anthropic';
  base_url: string | null;
  model: string;
  embedding_model: string | null;
  api_key_sealed: string | null;
  updated_at: Date;
}

/** One model call (or cache hit): who, which model, which prompt version, tokens and cost. */
export interface LlmCallsTable {
  id: string;
  user_id: string | null;
  purpose: string;
  kind: 'object' | 'text' | 'stream' | 'embed' | 'probe';
  via: 'user' | 'instance';
  provider: string;
  model: string;
  prompt_version: string;
  input_hash: string;
  status: 'ok' | 'cached' | 'error';
  error_code: string | null;
  tokens_in: number;
  tokens_out: number;
  cost_usd: number;
  latency_ms: number;
  created_at: Date;
}

/** Model answers keyed by provider, model, prompt version and inputs, shared by all processes. */
export interface LlmCacheTable {
  key: string;
  value: Json;
  provenance: Json;
  created_at: Date;
  expires_at: Date | null;
}

/** The whole schema. Each capability adds its tables here and in a migration. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  profiles: ProfilesTable;
  rate_limits: RateLimitsTable;
  kv_cache: KvCacheTable;
  jobs: JobsTable;
  instance_settings: InstanceSettingsTable;
  user_llm_settings: UserLlmSettingsTable;
  llm_calls: LlmCallsTable;
  llm_cache: LlmCacheTable;
}
