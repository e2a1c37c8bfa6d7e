import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from '../../errors.ts';

const FILE = new URL('../../../data/taxonomy/alias-evidence.json', import.meta.url);

const AliasEvidenceFile = z.object({
  source: z.string(),
  taxonomyVersion: z.string(),
  minSeen: z.number().int().min(1),
  forms: z.record(
    z.string(),
    z.object({
      seen: z.number().int().min(0),
      tagged: z.number().int().min(0),
      precision: z.number().min(0).max(1),
    }),
  ),
});
type AliasEvidenceFile = z.infer<typeof AliasEvidenceFile>;

let cached: { file: AliasEvidenceFile; precision: Map<string, number> } | undefined;

/**
 * The shipped per-surface precision estimates (`data/taxonomy/alias-evidence.json`, derived from
 * SkillSpan by `scripts/derive-alias-evidence.ts`), as light key → precision. Read once.
 * Throws AppError `invalid_input` when the file is missing or malformed.
 */
export function loadAliasEvidence(): { precision: ReadonlyMap<string, number>; version: string } {
  if (!cached) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(fileURLToPath(FILE), 'utf8'));
    } catch (cause) {
      throw new AppError('invalid_input', 'alias-evidence.json cannot be read', { cause });
    }
    const parsed = AliasEvidenceFile.safeParse(raw);
    if (!parsed.success) throw new AppError('invalid_input', 'alias-evidence.json is malformed');
    const precision = new Map(Object.entries(parsed.data.forms).map(([k, v]) => [k, v.precision]));
    cached = { file: parsed.data, precision };
  }
  return { precision: cached.precision, version: cached.file.taxonomyVersion };
}
