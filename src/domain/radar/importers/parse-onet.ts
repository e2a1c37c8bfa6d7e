import { AppError } from '../../../errors.ts';
import type { SkillEntry } from '../extraction/types.ts';
import { parseTsv } from './parse-csv.ts';

/** An O*NET technology (one distinct `Example` of `Technology Skills.txt`). */
export interface OnetTechnologySkill extends SkillEntry {
  commodityTitle: string;
  /** Flagged as a Hot Technology for at least one occupation. */
  hot: boolean;
  /** Flagged as In Demand for at least one occupation. */
  inDemand: boolean;
  /** O*NET-SOC codes of the occupations that list it, sorted. */
  occupationCodes: string[];
}

/** One O*NET-SOC occupation from `Occupation Data.txt`. */
export interface OnetOccupation {
  code: string;
  title: string;
  description: string;
}

function requireColumns(rows: Record<string, string>[], cols: string[], file: string): void {
  const first = rows[0];
  const missing = first ? cols.filter((c) => !(c in first)) : cols;
  if (missing.length > 0) {
    throw new AppError('invalid_input', `Not an O*NET ${file} file: missing columns.`, {
      details: { missing },
    });
  }
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Parses O*NET `Technology Skills.txt` into one entry per distinct Example: id
 * `onet-tech:<slug>`, sourceId the (first) Commodity Code, description the Commodity Title,
 * plus Hot Technology / In Demand flags and the occupations listing it.
 * Throws AppError `invalid_input` when the columns do not match.
 */
export function parseOnetTechnologySkills(tsvText: string): OnetTechnologySkill[] {
  const rows = parseTsv(tsvText);
  requireColumns(rows, ['O*NET-SOC Code', 'Example', 'Commodity Code'], 'Technology Skills');
  const byName = new Map<string, OnetTechnologySkill>();
  const usedSlugs = new Set<string>();
  for (const r of rows) {
    const name = (r.Example ?? '').trim();
    if (!name) continue;
    let t = byName.get(name);
    if (!t) {
      const base = slugify(name) || 'item';
      let slug = base;
      for (let k = 2; usedSlugs.has(slug); k += 1) slug = `${base}-${k}`;
      usedSlugs.add(slug);
      t = {
        id: `onet-tech:${slug}`,
        name,
        aliases: [],
        description: (r['Commodity Title'] ?? '').trim(),
        source: 'onet',
        sourceId: (r['Commodity Code'] ?? '').trim(),
        commodityTitle: (r['Commodity Title'] ?? '').trim(),
        hot: false,
        inDemand: false,
        occupationCodes: [],
      };
      byName.set(name, t);
    }
    if (r['Hot Technology'] === 'Y') t.hot = true;
    if (r['In Demand'] === 'Y') t.inDemand = true;
    const code = (r['O*NET-SOC Code'] ?? '').trim();
    if (code && !t.occupationCodes.includes(code)) t.occupationCodes.push(code);
  }
  const out = [...byName.values()];
  for (const t of out) t.occupationCodes.sort();
  return out;
}

/**
 * Parses O*NET `Occupation Data.txt` (O*NET-SOC Code, Title, Description).
 * Throws AppError `invalid_input` when the columns do not match.
 */
export function parseOnetOccupations(tsvText: string): OnetOccupation[] {
  const rows = parseTsv(tsvText);
  requireColumns(rows, ['O*NET-SOC Code', 'Title', 'Description'], 'Occupation Data');
  return rows.map((r) => ({
    code: (r['O*NET-SOC Code'] ?? '').trim(),
    title: (r.Title ?? '').trim(),
    description: (r.Description ?? '').trim(),
  }));
}

/**
 * Parses the distinct elements (Element ID, Element Name) of an O*NET `Skills` or `Knowledge`
 * file into skill entries with id `onet-el:<Element ID>` in file order. Throws AppError
 * `invalid_input` when the columns do not match.
 */
export function parseOnetElements(tsvText: string): SkillEntry[] {
  const rows = parseTsv(tsvText);
  requireColumns(rows, ['Element ID', 'Element Name'], 'Skills/Knowledge');
  const seen = new Map<string, SkillEntry>();
  for (const r of rows) {
    const id = (r['Element ID'] ?? '').trim();
    if (!id || seen.has(id)) continue;
    seen.set(id, {
      id: `onet-el:${id}`,
      name: (r['Element Name'] ?? '').trim(),
      aliases: [],
      source: 'onet',
      sourceId: id,
    });
  }
  return [...seen.values()];
}
