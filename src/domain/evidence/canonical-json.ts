import { canonicalJson as canonical } from '../../kernel/canonical-json.ts';

export { sha256Hex } from '../../kernel/canonical-json.ts';

/**
 * The ledger's canonical JSON (rules version 2: every key in UTF-16 code-unit order, as
 * RFC 8785 orders them): what the ledger hashes and the instance signs. Changing the rules
 * would break every stored chain, so the version is fixed here.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, 2);
}
