import { createHash } from 'node:crypto';

/** sha256 hex of a secret token: what the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Prefix of personal API tokens, so they are recognisable in configs and secret scanners. */
export const API_TOKEN_PREFIX = 'st_';
