import type { Provenance } from '../../llm/types.ts';
import type { ClaimFlag, ModelProvenance } from '../../shared/claims.ts';

/**
 * The provenance shown with a model-derived object: provider, model, prompt version, whether
 * it came from the cache, and what the checks did (which ran, how many flags, how many parts
 * were excluded). Pure.
 */
export function describeProvenance(
  p: Provenance,
  checks: string[],
  flags: ReadonlyArray<ClaimFlag> | number,
  excluded = 0,
): ModelProvenance {
  return {
    provider: p.provider,
    model: p.model,
    promptVersion: p.promptVersion,
    cached: p.cached,
    at: p.at ?? null,
    checks,
    flagged: typeof flags === 'number' ? flags : flags.length,
    excluded,
  };
}
