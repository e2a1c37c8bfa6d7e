import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb) as (
  pw: string,
  salt: Buffer,
  len: number,
  opts: object,
) => Promise<Buffer>;

/**
 * Default cost of new hashes, as log2 N. 2^17 (OWASP) took 389 ms of CPU per hash on the
 * project's 2-core machine, over the 250 ms sign-in budget; 2^16 took 196 ms.
 */
export const DEFAULT_SCRYPT_LOG2N = 16;
const R = 8;
const P = 1;
const MAX_LOG2N = 20;

// scrypt needs 128·N·r bytes; twice that leaves room for Node's own bookkeeping.
const maxmemFor = (n: number) => 256 * n * R;

/** Hashes a password with scrypt (N = 2^log2N) and a random salt; the result records its parameters. */
export async function hashPassword(
  password: string,
  log2N: number = DEFAULT_SCRYPT_LOG2N,
): Promise<string> {
  const n = 2 ** log2N;
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, 32, {
    N: n,
    r: R,
    p: P,
    maxmem: maxmemFor(n),
  });
  return `scrypt$${n}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Checks a password against a stored hash in constant time; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, key] = stored.split('$');
  if (alg !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const N = Number(n);
  // A stored hash cannot make the server spend unbounded memory or time.
  if (!Number.isInteger(N) || N < 2 || N > 2 ** MAX_LOG2N || Number(r) !== R || Number(p) !== P)
    return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(
    password.normalize('NFKC'),
    Buffer.from(salt, 'base64url'),
    expected.length,
    {
      N,
      r: R,
      p: P,
      maxmem: maxmemFor(N),
    },
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when `stored` was made with other parameters than `log2N` (rehash it after a sign-in). */
export function needsRehash(stored: string, log2N: number = DEFAULT_SCRYPT_LOG2N): boolean {
  const [alg, n, r, p] = stored.split('$');
  return alg !== 'scrypt' || Number(n) !== 2 ** log2N || Number(r) !== R || Number(p) !== P;
}
