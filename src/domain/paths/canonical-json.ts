import { canonicalJson as canonical } from '../../kernel/canonical-json.ts';

export { sha256Hex } from '../../kernel/canonical-json.ts';

/**
 * Plans' canonical JSON (rules version 1: keys sorted in JavaScript property order), which
 * stored plan fingerprints and input hashes were made with; fixed here so they still match.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, 1);
}
