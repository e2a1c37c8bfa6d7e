import { AppError } from '../../../errors.ts';
import type { SkillEntry } from '../extraction/types.ts';
import { parseCsvRecords } from './parse-csv.ts';

/** One ESCO occupation from `occupations_en.csv`. */
export interface EscoOccupation {
  /** `esco-occ:` + the UUID at the end of the concept URI. */
  id: string;
  uri: string;
  name: string;
  aliases: string[];
  description: string;
  /** ESCO occupation code, e.g. `2512.4`. */
  code: string;
  iscoGroup: string;
}

/** One row of `occupationSkillRelations.csv`. */
export interface EscoOccupationSkill {
  occupationUri: string;
  skillUri: string;
  relation: 'essential' | 'optional';
}

function requireColumns(rows: Record<string, string>[], cols: string[], file: string): void {
  const first = rows[0];
  const missing = first ? cols.filter((c) => !(c in first)) : cols;
  if (missing.length > 0) {
    throw new AppError('invalid_input', `Not an ESCO ${file} file: missing columns.`, {
      details: { missing },
    });
  }
}

function uuidOf(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

function splitLabels(cell: string | undefined, exclude: string): string[] {
  const out: string[] = [];
  const seen = new Set([exclude.trim()]);
  for (const raw of (cell ?? '').split('\n')) {
    const l = raw.trim();
    if (l && !seen.has(l)) {
      seen.add(l);
      out.push(l);
    }
  }
  return out;
}

/**
 * Parses ESCO `skills_en.csv` into skill entries: id `esco:<uuid>`, sourceId the concept URI,
 * name the preferred label, aliases the alt and hidden labels (newline-separated cells),
 * description the ESCO description. Throws AppError `invalid_input` when the columns are not
 * those of the ESCO skills file.
 */
export function parseEscoSkills(csvText: string): SkillEntry[] {
  const rows = parseCsvRecords(csvText);
  requireColumns(rows, ['conceptUri', 'preferredLabel', 'altLabels', 'description'], 'skills');
  return rows
    .filter((r) => r.conceptUri && r.preferredLabel)
    .map((r) => {
      const name = (r.preferredLabel ?? '').trim();
      const entry: SkillEntry = {
        id: `esco:${uuidOf(r.conceptUri ?? '')}`,
        name,
        aliases: [
          ...splitLabels(r.altLabels, name),
          ...splitLabels(r.hiddenLabels, name).filter((h) => !(r.altLabels ?? '').includes(h)),
        ],
        source: 'esco',
        sourceId: r.conceptUri ?? '',
      };
      const description = (r.description ?? '').trim();
      if (description) entry.description = description;
      return entry;
    });
}

/**
 * Parses ESCO `occupations_en.csv` (conceptUri, iscoGroup, preferredLabel, altLabels,
 * description, code). Throws AppError `invalid_input` when the columns do not match.
 */
export function parseEscoOccupations(csvText: string): EscoOccupation[] {
  const rows = parseCsvRecords(csvText);
  requireColumns(rows, ['conceptUri', 'preferredLabel', 'altLabels', 'code'], 'occupations');
  return rows
    .filter((r) => r.conceptUri && r.preferredLabel)
    .map((r) => {
      const name = (r.preferredLabel ?? '').trim();
      return {
        id: `esco-occ:${uuidOf(r.conceptUri ?? '')}`,
        uri: r.conceptUri ?? '',
        name,
        aliases: splitLabels(r.altLabels, name),
        description: (r.description ?? '').trim(),
        code: (r.code ?? '').trim(),
        iscoGroup: (r.iscoGroup ?? '').trim(),
      };
    });
}

/**
 * Parses ESCO `occupationSkillRelations.csv` (occupationUri, relationType, skillUri).
 * Throws AppError `invalid_input` when the columns do not match.
 */
export function parseEscoOccupationSkills(csvText: string): EscoOccupationSkill[] {
  const rows = parseCsvRecords(csvText);
  requireColumns(rows, ['occupationUri', 'relationType', 'skillUri'], 'occupationSkillRelations');
  return rows.map((r) => ({
    occupationUri: r.occupationUri ?? '',
    skillUri: r.skillUri ?? '',
    relation: r.relationType === 'essential' ? 'essential' : 'optional',
  }));
}
