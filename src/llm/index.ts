/**
 * The model layer: the one place that talks to a model. Capabilities use the `Llm`
 * interface from `ctx.llm`; only `app.ts` calls `createLlm`.
 */
export { createLlm } from './create-llm.ts';
export { modelOrOffline, type Sourced } from './offline.ts';
export { estimateCost } from './price-table.ts';
export { canEmbed } from './providers.ts';
export { escapeData, renderPrompt, SYSTEM_PROMPT } from './render-prompt.ts';
export type { LlmDeps } from './run-call.ts';
export type {
  ActiveModel,
  Answer,
  AnswerSource,
  CandidateSettings,
  ConnectionCheck,
  ConsistencyItem,
  ConsistencyReport,
  ConsistencyRequest,
  EmbedRequest,
  Llm,
  LlmRequest,
  ModelDescription,
  ObjectRequest,
  Provenance,
  ProviderKind,
  TextStream,
} from './types.ts';
