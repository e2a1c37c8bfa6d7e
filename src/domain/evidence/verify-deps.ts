import type { JWK } from 'jose';

/** What the verifier may use besides the credential itself. */
export interface VerifyDeps {
  now: Date;
  /** Fetches a URL (through the SSRF guard, or locally for this instance's own URLs). */
  fetchText(url: string): Promise<{ status: number; text: string; local?: boolean }>;
  /** Keys given out of band (e.g. `--jwks` on the CLI); checked before anything is fetched. */
  jwks?: { keys: JWK[] };
  /** Whether an evidence link opens for an anonymous visitor (null: not checked). */
  evidencePublic?: (url: string) => Promise<boolean | null>;
}
