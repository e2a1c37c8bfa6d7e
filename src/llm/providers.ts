import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { EmbeddingModel, LanguageModel } from 'ai';
import { AppError } from '../errors.ts';
import type { ProviderKind } from './types.ts';

/** Settings that can make calls: provider, address, model and (opened) key. */
export interface ModelSettings {
  via: 'user' | 'instance';
  provider: ProviderKind;
  baseUrl: string | undefined;
  model: string;
  embeddingModel: string | undefined;
  apiKey: string | undefined;
}

/** AI SDK models for one set of settings. */
export interface Models {
  language: LanguageModel;
  embedding: EmbeddingModel | undefined;
}

/** True when these settings can embed texts. */
export function canEmbed(s: Pick<ModelSettings, 'provider' | 'embeddingModel'>): boolean {
  if (s.provider === 'openai') return true;
  if (s.provider === 'openai-compatible') return Boolean(s.embeddingModel);
  return false;
}

/**
 * Builds the AI SDK models for `settings`, all calling through `fetch` (the guard).
 * The key is always passed explicitly (empty when absent), so no SDK reads process.env.
 * Throws `llm_unavailable` when an OpenAI-compatible server has no base URL.
 */
export function createModels(settings: ModelSettings, fetch: typeof globalThis.fetch): Models {
  const apiKey = settings.apiKey ?? '';
  const baseURL = settings.baseUrl?.replace(/\/+$/, '');
  switch (settings.provider) {
    case 'openai-compatible': {
      if (!baseURL)
        throw new AppError('llm_unavailable', 'An OpenAI-compatible server needs a base URL');
      const p = createOpenAICompatible({
        name: 'openai-compatible',
        baseURL,
        ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
        fetch,
        includeUsage: true,
        supportsStructuredOutputs: true,
      });
      return {
        language: p.chatModel(settings.model),
        embedding: settings.embeddingModel ? p.embeddingModel(settings.embeddingModel) : undefined,
      };
    }
    case 'openai': {
      const p = createOpenAI({ apiKey, fetch, ...(baseURL ? { baseURL } : {}) });
      // The chat-completions API is the one OpenAI-compatible proxies also speak.
      return {
        language: p.chat(settings.model),
        embedding: p.embedding(settings.embeddingModel ?? 'text-embedding-3-small'),
      };
    }
    case 'anthropic': {
      const p = createAnthropic({ apiKey, fetch, ...(baseURL ? { baseURL } : {}) });
      return { language: p(settings.model), embedding: undefined };
    }
  }
}
