import {
  ASSURANCE_LEVELS,
  type AssuranceLevel,
  type VerificationReport,
} from '../../shared/evidence.ts';
import { strongestAssurance } from './build-credential.ts';

type Assurance = VerificationReport['assurance'];
const isLevel = (v: unknown): v is AssuranceLevel =>
  typeof v === 'string' && (ASSURANCE_LEVELS as readonly string[]).includes(v);

/**
 * What a signed credential says it rests on: each evidence item's `genre` and `assurance`,
 * and whether its link opens for an anonymous visitor (`isPublic`, null when not checked;
 * an item without a link is embedded and not public). `{ strongest: 'unknown' }` when the
 * issuer publishes no assurance, or when the signature did not hold. Never throws.
 */
export async function readAssurance(
  credential: Record<string, unknown>,
  signatureValid: boolean,
  isPublic: (url: string) => Promise<boolean | null>,
): Promise<Assurance> {
  const raw = credential.evidence;
  const items = (Array.isArray(raw) ? raw : raw ? [raw] : []) as Array<Record<string, unknown>>;
  if (!signatureValid || items.length === 0 || !items.some((e) => isLevel(e.assurance))) {
    return { strongest: 'unknown' };
  }
  const entries: NonNullable<Assurance['entries']> = [];
  for (const e of items.slice(0, 50)) {
    const url = typeof e.id === 'string' ? e.id : undefined;
    entries.push({
      kind: typeof e.genre === 'string' ? e.genre : 'Evidence',
      assurance: isLevel(e.assurance) ? e.assurance : 'unknown',
      public: url ? await isPublic(url) : false,
    });
  }
  const known = entries.flatMap((e) => (e.assurance === 'unknown' ? [] : [e.assurance]));
  const counts: Partial<Record<AssuranceLevel, number>> = {};
  for (const l of known) counts[l] = (counts[l] ?? 0) + 1;
  return { strongest: strongestAssurance(known), counts, entries };
}
