import type { ColumnType } from 'kysely';

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
  /** When a visitor's personal demo copy is removed; null for every other account. */
  demo_expires_at: Date | null;
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

export interface SigninThrottleTable {
  key: string;
  failures: number;
  next_attempt_at: Date;
}

export interface SigninLinksTable {
  token_hash: string;
  user_id: string;
  /** Who made it: the admin's user id, or `cli`. */
  created_by: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
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

/** One import of job posts (file, pasted list): progress the UI polls and per-row errors. */
export interface RadarImportsTable {
  id: string;
  user_id: string;
  format: string;
  file_name: string | null;
  source: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  added: number;
  duplicates: number;
  near_duplicates: number;
  errors: Json;
  /** The rows skipped as near-duplicates: `{ row, duplicateOf }` (capped). */
  near_rows: Json;
  /** The rows skipped as exact duplicates: `{ row, duplicateOf? }` (capped; migration 0038). */
  duplicate_rows: Json;
  /** What the person should know about the file (e.g. no dates: the import day was used). */
  warnings: Json;
  created_at: Date;
  finished_at: Date | null;
}

/** The validated rows of an import still to write, one chunk per row (JSON text). */
export interface RadarImportChunksTable {
  import_id: string;
  user_id: string;
  seq: number;
  rows: string;
}

/** Read-model counts of an unfinished import, merged into `radar_month_counts` when it is done. */
export interface RadarImportCountsTable {
  import_id: string;
  user_id: string;
  source: string;
  month: string;
  skill_id: string;
  n: number;
}

/** A job feed (RSS, Atom, JSON Feed) a user polls, with its conditional-request validators. */
export interface RadarFeedsTable {
  id: string;
  user_id: string;
  url: string;
  title: string;
  enabled: boolean;
  interval_minutes: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: Date | null;
  last_status: number | null;
  last_error: string | null;
  items_added: number;
  created_at: Date;
}

/** One demand signal: a job post, feed item, pasted brief or own client request. */
export interface RadarPostsTable {
  id: string;
  user_id: string;
  source: 'import' | 'feed' | 'brief' | 'client';
  title: string;
  text: string;
  posted_at: Date;
  budget: string | null;
  client: string | null;
  url: string | null;
  text_hash: string;
  skills: Json;
  import_id: string | null;
  feed_id: string | null;
  visibility: 'private' | 'circle' | 'public';
  /** Client requests only: null or 'delivered' (delivered work), 'declined', 'not_delivered'. */
  delivery: ClientDelivery | null;
  created_at: Date;
  updated_at: Date;
  /** Sorted word-shingle hashes (little-endian uint32), null for posts stored before 0015. */
  fingerprint: Uint8Array | null;
  /** MinHash band keys, packed `band * 2^32 + hash` (GIN-indexed; read as text). */
  band_keys: ColumnType<unknown, unknown, unknown>;
  /** Extraction version the stored skills were read with; null: stored before 0022. */
  extraction_version: string | null;
  /** `esco:<code>` (given by the import) or `role:<role id>` (coded from the post); null: none. */
  occupation: string | null;
  /** The ESCO code the import file gave (migration 0032): kept over coding on re-extraction. */
  occupation_given: string | null;
}

/** Skills a running re-extraction read for a post, swapped in per person when all are read. */
export interface RadarReextractStagingTable {
  post_id: string;
  user_id: string;
  version: string;
  skills: Json;
  occupation: string | null;
}

export type ClientDelivery = 'delivered' | 'declined' | 'not_delivered';

/** Legacy (before 0024): a MinHash band key of a post; empty now, kept for old exports. */
export interface RadarPostBandsTable {
  user_id: string;
  band: string;
  post_id: string;
}

/** A skill extracted from a post, denormalised with the post's date for trend queries. */
export interface RadarPostSkillsTable {
  post_id: string;
  user_id: string;
  skill_id: string;
  source: string;
  posted_at: Date;
  confidence: number;
  /** The import that wrote the row (hidden until that import is done). */
  import_id: string | null;
}

/**
 * Posts per skill domain (`domain:<d>`, each post once per domain) and per occupation
 * (`occupation:<o>`), per person, source and UTC month; kept by triggers (migration 0026).
 */
export interface RadarMonthFacetsTable {
  user_id: string;
  source: string;
  /** `YYYY-MM` */
  month: string;
  facet: string;
  n: number;
}

/** The domain of each authored taxonomy skill, as the facet counts use it (synced by the app). */
export interface RadarSkillDomainsTable {
  skill_id: string;
  domain: string;
}

/** Posts (`skill_id = ''`) and skill mentions per person, source and UTC month; kept by triggers. */
export interface RadarMonthCountsTable {
  user_id: string;
  source: string;
  /** `YYYY-MM` */
  month: string;
  skill_id: string;
  n: number;
}

/** A stamp renewed (by triggers) whenever a person's posts, post skills or profile change. */
export interface InsightVersionsTable {
  user_id: string;
  version: number;
}

/** A skill imported from ESCO or O*NET, with provenance; `mapped_to` names an authored skill. */
export interface RadarImportedSkillsTable {
  id: string;
  source: 'esco' | 'onet';
  source_id: string;
  name: string;
  aliases: Json;
  description: string | null;
  mapped_to: string | null;
  file: string;
  version: string;
  content_hash: string;
  imported_at: Date;
  updated_at: Date;
}

/** An imported ESCO occupation (migration 0032); `relations` its skill relations in file order. */
export interface RadarImportedOccupationsTable {
  id: string;
  uri: string;
  code: string;
  isco_group: string;
  name: string;
  aliases: Json;
  description: string;
  relations: Json;
  file: string;
  version: string;
  content_hash: string;
  imported_at: Date;
  updated_at: Date;
}

/** A mock client brief for practice (content, scaffold and patterns as jsonb). */
export interface PracticeBriefsTable {
  id: string;
  user_id: string;
  skill_id: string;
  level: 'beginner' | 'intermediate' | 'advanced';
  source: 'offline' | 'model' | 'posting';
  post_id: string | null;
  seed: string;
  content: Json;
  scaffold: Json;
  posting_patterns: Json;
  status: 'open' | 'submitted' | 'reviewed';
  visibility: 'private' | 'circle' | 'public';
  evidence_id: string | null;
  provenance: Json | null;
  /** Claim-check flags on model-written text (migration 0013). */
  flags: Json;
  created_at: Date;
  updated_at: Date;
}

/** A deliverable submitted against a brief; files hold base64 content and a sha256. */
export interface PracticeSubmissionsTable {
  id: string;
  user_id: string;
  brief_id: string;
  text: string;
  links: Json;
  files: Json;
  created_at: Date;
}

/** A self, model or peer review of a submission; owned by the brief's owner. */
export interface PracticeReviewsTable {
  id: string;
  user_id: string;
  brief_id: string;
  submission_id: string;
  kind: 'self' | 'ai' | 'peer';
  share_id: string | null;
  scores: Json;
  average: number;
  flags: Json;
  provenance: Json | null;
  created_at: Date;
}

/** A brief shared with one reviewer for peer review, reachable by its token. */
export interface PracticeSharesTable {
  id: string;
  user_id: string;
  brief_id: string;
  reviewer_id: string;
  token: string;
  status: 'pending' | 'answered' | 'revoked';
  created_at: Date;
  answered_at: Date | null;
}

/** The scaffolding level a person practises a skill at, with an optional override. */
export interface PracticeScaffoldingTable {
  user_id: string;
  skill_id: string;
  level: 'worked_example' | 'hints' | 'on_your_own';
  override: 'worked_example' | 'hints' | 'on_your_own' | null;
  history: Json;
  updated_at: Date;
}

/** A spaced-review card with its FSRS memory state. */
export interface ReviewCardsTable {
  id: string;
  user_id: string;
  concept_key: string;
  skill_id: string;
  path_id: string | null;
  step_id: string | null;
  front: string;
  back: string;
  source: string;
  fsrs: Json;
  due: Date;
  created_at: Date;
  /** Claim-check flags on model-written text and where it came from (migration 0013). */
  flags: Json;
  provenance: Json | null;
}

/** One answer to a review card. */
export interface ReviewLogsTable {
  id: string;
  user_id: string;
  card_id: string;
  rating: number;
  prior_state: number;
  reviewed_at: Date;
}

/** One answer to an exam-style certification question. */
export interface ExamAnswersTable {
  id: string;
  user_id: string;
  certification_id: string;
  objective_id: string;
  question_id: string;
  correct: boolean;
  answered_at: Date;
}

/** An external credential (Open Badges 2/3 or a link), verified or self-reported. */
export interface ExternalCredentialsTable {
  id: string;
  user_id: string;
  format: 'ob2' | 'ob3' | 'link';
  title: string;
  issuer: string;
  issued_on: Date | null;
  url: string | null;
  certification_id: string | null;
  status: 'verified' | 'self_reported';
  checks: Json;
  raw: string | null;
  created_at: Date;
}

/** Time spent learning: a running or stopped timer, a manual entry, a done calendar session. */
export interface TimeLogsTable {
  id: string;
  user_id: string;
  target_kind: 'step' | 'brief' | 'skill' | 'other';
  target_id: string | null;
  skill_id: string | null;
  path_id: string | null;
  source: 'timer' | 'manual' | 'calendar';
  source_ref: string | null;
  started_at: Date;
  ended_at: Date | null;
  minutes: number;
  note: string;
  created_at: Date;
}

/** An in-app notification. */
export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  payload: Json;
  dedupe_key: string | null;
  read_at: Date | null;
  created_at: Date;
}

/** Per-user dashboard view and notification switches. */
export interface ProgressSettingsTable {
  user_id: string;
  view: Json;
  notifications: Json;
  updated_at: Date;
}

/** One hash-chained evidence ledger entry; a deleted entry keeps its hashes and a signed tombstone. */
export interface EvidenceEntriesTable {
  id: string;
  user_id: string;
  chain_id: string;
  seq: number;
  kind: string;
  occurred_at: Date;
  recorded_at: Date;
  skills: Json;
  title: string;
  description: string;
  relates_to: string | null;
  url: string | null;
  data: Json;
  attachments: Json;
  visibility: 'private' | 'circle' | 'public';
  content_hash: string;
  prev_hash: string;
  hash: string;
  deleted_at: Date | null;
  tombstone: string | null;
}

/** A file attached to an evidence entry, stored in the database as base64. */
export interface EvidenceAttachmentsTable {
  id: string;
  user_id: string;
  entry_id: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  content_b64: string;
  created_at: Date;
}

/** An instance-signed checkpoint (JWS) over the head of one user's ledger chain. */
export interface EvidenceCheckpointsTable {
  id: string;
  user_id: string;
  chain_id: string;
  seq: number;
  head_hash: string;
  reason: string;
  kid: string;
  jws: string;
  created_at: Date;
}

/** A one-time link a client opens to confirm a project; only the token's hash is kept. */
export interface EvidenceConfirmationsTable {
  id: string;
  user_id: string;
  entry_id: string;
  client_name: string;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  confirmation_entry_id: string | null;
  created_at: Date;
}

/** The instance's signing keys; the private JWK is sealed with the instance secret key. */
export interface SigningKeysTable {
  kid: string;
  alg: string;
  public_jwk: Json;
  private_sealed: string;
  status: 'active' | 'retired';
  created_at: Date;
  retired_at: Date | null;
}

/** A Bitstring Status List (revocation) of the instance; bits are base64 of the raw bitstring. */
export interface CredentialStatusListsTable {
  id: number;
  purpose: string;
  size: number;
  next_index: number;
  bits: string;
  updated_at: Date;
}

/** Who holds one slot of a status list: the credential and its person (null once deleted). */
export interface CredentialStatusSlotsTable {
  list_id: number;
  idx: number;
  credential_id: string;
  user_id: string | null;
  created_at: Date;
  /** Public when its holder deleted their account (migration 0039). */
  withdrawn_public: ColumnType<boolean, boolean | undefined, boolean>;
}

/** An issued Open Badges 3.0 credential (VC-JWT) and where its status bit lives. */
export interface CredentialsTable {
  id: string;
  user_id: string;
  skill_id: string;
  level: string;
  jwt: string;
  credential: Json;
  evidence_ids: Json;
  status_list_id: number;
  status_index: number;
  visibility: 'private' | 'circle' | 'public';
  issued_at: Date;
  revoked_at: Date | null;
  revoked_reason: string | null;
}

/** A skill story: sentences each linked to supporting ledger entries; draft until approved. */
export interface SkillStoriesTable {
  id: string;
  user_id: string;
  skill_id: string;
  status: 'draft' | 'approved';
  engine: 'offline' | 'model';
  sentences: Json;
  removed: Json;
  visibility: 'private' | 'circle' | 'public';
  created_at: Date;
  updated_at: Date;
  approved_at: Date | null;
  /** Where a model-written draft came from and what the checks did (migration 0013). */
  provenance: Json | null;
}

/** A freelancer's public portfolio handle and texts. */
export interface PortfolioSettingsTable {
  user_id: string;
  handle: string;
  published: boolean;
  headline: string;
  summary: string;
  updated_at: Date;
}

/** A portfolio handle its owner gave up, reserved to them for a while (see migration 0036). */
export interface PortfolioHandleHistoryTable {
  handle: string;
  user_id: string;
  released_at: Date;
}

/** A handle of a deleted account, by hash, kept from new owners for a while (migration 0037). */
export interface RetiredHandlesTable {
  handle_hash: string;
  retired_at: Date;
}

/** One learning resource of the source catalog (instance-wide), with link-check results. */
export interface CatalogResourcesTable {
  id: string;
  url: string;
  url_norm: string;
  title: string;
  description: string;
  publisher: string;
  kind: string;
  format: string;
  level: string;
  cost: string;
  language: string;
  skills: Json;
  search_text: string;
  vouched_by: string;
  provenance: string;
  source: 'seed' | 'import';
  added_at: string;
  last_checked: Date | null;
  link_status: 'unchecked' | 'ok' | 'moved' | 'dead' | 'error' | 'blocked';
  http_status: number | null;
  final_url: string | null;
  redirects: Json;
  check_error: string | null;
  /** Minutes to work through it; null on rows imported before durations were recorded. */
  duration_minutes: number | null;
  duration_source: 'catalog' | 'estimated' | null;
  updated_at: Date;
}

/** A person's learning path; its plans live in learning_path_versions. */
export interface LearningPathsTable {
  id: string;
  user_id: string;
  title: string;
  goal: Json;
  current_version: number;
  visibility: 'private' | 'circle' | 'public';
  created_at: Date;
  updated_at: Date;
}

/** One immutable plan of a path: canonical plan text, its inputs and their hashes. */
export interface LearningPathVersionsTable {
  id: string;
  path_id: string;
  user_id: string;
  version: number;
  input_hash: string;
  plan_hash: string;
  inputs: Json;
  /** Canonical plan text; '' when `plan_gzip` holds it (migration 0029). */
  plan: string;
  /** Base64 gzip of the canonical plan text, or null for versions stored before 0029. */
  plan_gzip: string | null;
  reasons: Json;
  created_at: Date;
}

/** Steps a person ticked done. */
export interface LearningPathProgressTable {
  path_id: string;
  step_id: string;
  user_id: string;
  skill_id: string;
  done_at: Date;
}

/** "This step worked / did not work" notes from people who finished it. */
export interface StepAnnotationsTable {
  id: string;
  user_id: string;
  path_id: string;
  step_id: string;
  skill_id: string;
  verdict: 'worked' | 'did_not_work';
  note: string;
  visibility: 'private' | 'circle' | 'public';
  created_at: Date;
}

/** A person's busy weeks and imported calendar busy times, for path schedules (0017). */
export interface PathAvailabilityTable {
  user_id: string;
  busy_weeks: Json;
  calendar: Json | null;
  updated_at: Date;
}

/** Secret calendar-feed tokens (hashed) for a path's iCalendar subscription. */
export interface CalendarTokensTable {
  id: string;
  user_id: string;
  path_id: string;
  token_hash: string;
  created_at: Date;
  revoked_at: Date | null;
}

/** The whole schema. Each capability adds its tables here and in a migration. */
/** Peer learning (0007-peers): one opt-in peer profile per user, with per-field visibility. */
export interface PeerProfilesTable {
  user_id: string;
  opted_in: boolean;
  accepting_questions: boolean;
  weekly_question_limit: number;
  wants: Json;
  niches: Json;
  segments: Json;
  platforms: Json | null;
  visibility: Json;
  /** Bumped on every save, so the match-index fingerprint changes even within one clock tick. */
  revision: number;
  created_at: Date;
  updated_at: Date;
}

export interface PeerBlocksTable {
  id: string;
  user_id: string;
  blocked_user_id: string;
  created_at: Date;
}

export interface PeerReportsTable {
  id: string;
  user_id: string;
  target_user_id: string | null;
  item_type: string | null;
  item_id: string | null;
  reason: string;
  status: string;
  created_at: Date;
}

/** An exchange requested by `user_id` of `peer_user_id`. */
export interface PeerExchangesTable {
  id: string;
  user_id: string;
  peer_user_id: string;
  status: 'requested' | 'accepted' | 'declined' | 'closed';
  message: string;
  requester_learns: Json;
  peer_learns: Json;
  created_at: Date;
  responded_at: Date | null;
  updated_at: Date;
}

export interface PeerMessagesTable {
  id: string;
  exchange_id: string;
  user_id: string;
  body: string;
  created_at: Date;
}

/** What `user_id` taught `learner_user_id` in an exchange; evidence once the learner confirms. */
export interface PeerTeachingsTable {
  id: string;
  exchange_id: string;
  user_id: string;
  learner_user_id: string;
  skill_id: string;
  note: string;
  status: 'claimed' | 'confirmed';
  evidence_id: string | null;
  created_at: Date;
  confirmed_at: Date | null;
}

export interface PeerQuestionsTable {
  id: string;
  user_id: string;
  path_id: string | null;
  step_id: string | null;
  skill_id: string;
  context: string;
  question: string;
  trigger: Json;
  status: 'open' | 'closed';
  created_at: Date;
}

/** A question routed to one peer (`user_id` is the recipient). */
export interface PeerQuestionRoutesTable {
  id: string;
  question_id: string;
  user_id: string;
  status: 'pending' | 'answered' | 'declined';
  routed_at: Date;
}

export interface PeerAnswersTable {
  id: string;
  question_id: string;
  user_id: string;
  body: string;
  verdict: 'confirms' | 'corrects' | 'depends';
  weight: number;
  provenance: Json;
  created_at: Date;
}

export interface PeerCirclesTable {
  id: string;
  user_id: string;
  name: string;
  description: string;
  created_at: Date;
  updated_at: Date;
}

export interface PeerCircleMembersTable {
  circle_id: string;
  user_id: string;
  role: 'owner' | 'member';
  joined_at: Date;
}

export interface PeerCircleInvitesTable {
  id: string;
  circle_id: string;
  user_id: string;
  email: string | null;
  token_hash: string;
  created_at: Date;
  expires_at: Date;
  accepted_by: string | null;
  accepted_at: Date | null;
}

export interface PeerSharesTable {
  id: string;
  user_id: string;
  item_type: 'path' | 'practice';
  item_id: string;
  scope: 'circle' | 'public';
  circle_id: string | null;
  created_at: Date;
}

export interface PeerCreditsTable {
  id: string;
  user_id: string;
  kind: 'validation' | 'review' | 'teaching';
  points: number;
  title: string;
  ref_type: string;
  ref_id: string;
  created_at: Date;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  profiles: ProfilesTable;
  rate_limits: RateLimitsTable;
  signin_throttle: SigninThrottleTable;
  signin_links: SigninLinksTable;
  kv_cache: KvCacheTable;
  jobs: JobsTable;
  instance_settings: InstanceSettingsTable;
  user_llm_settings: UserLlmSettingsTable;
  llm_calls: LlmCallsTable;
  llm_cache: LlmCacheTable;
  radar_imports: RadarImportsTable;
  radar_import_chunks: RadarImportChunksTable;
  radar_import_counts: RadarImportCountsTable;
  radar_feeds: RadarFeedsTable;
  radar_posts: RadarPostsTable;
  radar_post_skills: RadarPostSkillsTable;
  radar_month_counts: RadarMonthCountsTable;
  radar_month_facets: RadarMonthFacetsTable;
  radar_skill_domains: RadarSkillDomainsTable;
  insight_versions: InsightVersionsTable;
  peer_versions: InsightVersionsTable;
  peer_pool_stamp: { id: number; n: string };
  person_versions: InsightVersionsTable;
  radar_post_bands: RadarPostBandsTable;
  radar_reextract_staging: RadarReextractStagingTable;
  radar_imported_skills: RadarImportedSkillsTable;
  radar_imported_occupations: RadarImportedOccupationsTable;
  practice_briefs: PracticeBriefsTable;
  practice_submissions: PracticeSubmissionsTable;
  practice_reviews: PracticeReviewsTable;
  practice_shares: PracticeSharesTable;
  practice_scaffolding: PracticeScaffoldingTable;
  review_cards: ReviewCardsTable;
  review_logs: ReviewLogsTable;
  exam_answers: ExamAnswersTable;
  external_credentials: ExternalCredentialsTable;
  time_logs: TimeLogsTable;
  notifications: NotificationsTable;
  progress_settings: ProgressSettingsTable;
  evidence_entries: EvidenceEntriesTable;
  evidence_attachments: EvidenceAttachmentsTable;
  evidence_checkpoints: EvidenceCheckpointsTable;
  evidence_confirmations: EvidenceConfirmationsTable;
  signing_keys: SigningKeysTable;
  credential_status_lists: CredentialStatusListsTable;
  credential_status_slots: CredentialStatusSlotsTable;
  credentials: CredentialsTable;
  skill_stories: SkillStoriesTable;
  portfolio_settings: PortfolioSettingsTable;
  portfolio_handle_history: PortfolioHandleHistoryTable;
  retired_handles: RetiredHandlesTable;
  catalog_resources: CatalogResourcesTable;
  learning_paths: LearningPathsTable;
  learning_path_versions: LearningPathVersionsTable;
  learning_path_progress: LearningPathProgressTable;
  step_annotations: StepAnnotationsTable;
  calendar_tokens: CalendarTokensTable;
  path_availability: PathAvailabilityTable;
  peer_profiles: PeerProfilesTable;
  peer_blocks: PeerBlocksTable;
  peer_reports: PeerReportsTable;
  peer_exchanges: PeerExchangesTable;
  peer_messages: PeerMessagesTable;
  peer_teachings: PeerTeachingsTable;
  peer_questions: PeerQuestionsTable;
  peer_question_routes: PeerQuestionRoutesTable;
  peer_answers: PeerAnswersTable;
  peer_circles: PeerCirclesTable;
  peer_circle_members: PeerCircleMembersTable;
  peer_circle_invites: PeerCircleInvitesTable;
  peer_shares: PeerSharesTable;
  peer_credits: PeerCreditsTable;
}
