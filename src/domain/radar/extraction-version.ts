import { createHash } from 'node:crypto';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy, loadAliasEvidence } from '../taxonomy/index.ts';
import { IMPORTED_VERSION_KEY, STORED_EXTRACTION } from './get-skill-index.ts';

/**
 * The extractor's own version: bump it whenever the matching code changes what a text yields
 * (tokenising, morphology, ambiguity rules, confidence), so stored posts are re-extracted.
 */
export const EXTRACTOR_VERSION = 'explicit-morph-34';

/**
 * The occupation coder's own version: bump it whenever `rankOccupations` or the coder's index
 * changes which occupation a post gets (signals, weights, title rules, the semantic stage), so
 * stored posts are re-coded by the re-extraction job.
 */
export const OCCUPATION_CODER_VERSION = 'esco-semantic-1';

/**
 * The version of what the product stores for a text: a hash of the taxonomy (content hash),
 * the shipped alias evidence, the extractor and occupation-coder versions, the stored-extraction
 * options and the version of the ESCO / O*NET entries imported into this instance. Equal versions, equal
 * readings. Pure; throws AppError `invalid_input` for a malformed taxonomy or evidence file.
 */
export function extractionVersion(
  importedVersion: string,
  extractor = EXTRACTOR_VERSION,
  coder = OCCUPATION_CODER_VERSION,
): string {
  const h = createHash('sha256');
  h.update(`${extractor}\n${coder}\n${getTaxonomy().version}\n${evidenceHash()}\n`);
  h.update(`${importedVersion}\n`);
  h.update(JSON.stringify(STORED_EXTRACTION));
  return h.digest('hex').slice(0, 16);
}

let evidence: { of: ReadonlyMap<string, number>; hash: string } | undefined;

/** Hash of the alias evidence (per-form precision), computed once per loaded file. */
function evidenceHash(): string {
  const precision = loadAliasEvidence().precision;
  if (evidence?.of !== precision) {
    const sorted = [...precision].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    evidence = {
      of: precision,
      hash: createHash('sha256').update(JSON.stringify(sorted)).digest('hex'),
    };
  }
  return evidence.hash;
}

/** This instance's current extraction version (reads the imported-entries version). */
export async function currentExtractionVersion(ctx: Ctx): Promise<string> {
  const imported = (await ctx.store.instance.getSetting<string>(IMPORTED_VERSION_KEY)) ?? 'none';
  return extractionVersion(String(imported));
}
