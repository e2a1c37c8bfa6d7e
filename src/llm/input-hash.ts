import { canonicalJson as canonical, sha256Hex } from '../kernel/canonical-json.ts';

/**
 * The model cache's canonical JSON (rules version 1, which stored cache keys and recorded
 * input hashes were made with), so equal inputs always serialise equally.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, 1);
}

/** sha256 (hex) of the canonical JSON of `value`. */
export function hashJson(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
