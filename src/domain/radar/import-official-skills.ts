import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../errors.ts';
import type {
  RadarImportedOccupationRow,
  RadarImportedSkillRow,
} from '../../store/repos/radar-repo.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import type { SkillEntry } from './extraction/types.ts';
import type { StoredOccupationSkill } from './get-occupation-coder.ts';
import { IMPORTED_VERSION_KEY } from './get-skill-index.ts';
import {
  parseEscoOccupationSkills,
  parseEscoOccupations,
  parseEscoSkills,
} from './importers/parse-esco.ts';
import { parseOnetElements, parseOnetTechnologySkills } from './importers/parse-onet.ts';
import { readDataFile } from './importers/read-data-file.ts';

/** The credit line each official source requires; shown on the About page. */
export const ATTRIBUTIONS = {
  onet: {
    source: 'O*NET',
    text: 'This site incorporates information from O*NET 30.x by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
    url: 'https://www.onetcenter.org/database.html',
  },
  esco: {
    source: 'ESCO',
    text: 'ESCO classification © European Union, CC BY 4.0',
    url: 'https://esco.ec.europa.eu/',
  },
} as const;

type Source = keyof typeof ATTRIBUTIONS;

const FILES: Record<Source, { re: RegExp; parse: (text: string) => SkillEntry[] }[]> = {
  onet: [
    { re: /^Technology Skills\.(txt|tsv)(\.gz)?$/, parse: parseOnetTechnologySkills },
    { re: /^(Skills|Knowledge)\.(txt|tsv)(\.gz)?$/, parse: parseOnetElements },
  ],
  esco: [{ re: /^skills_en\.csv(\.gz)?$/, parse: parseEscoSkills }],
};

/** What an import did. */
export interface OfficialImportResult {
  source: Source;
  version: string;
  files: string[];
  parsed: number;
  added: number;
  updated: number;
  unchanged: number;
  mapped: number;
  /**
   * ESCO occupations (with occupations_en.csv and occupationSkillRelations.csv in the folder):
   * counted like the skills, plus the occupation–skill relations stored with them.
   */
  occupations?: {
    files: string[];
    parsed: number;
    added: number;
    updated: number;
    unchanged: number;
    relations: number;
  };
}

const OCCUPATION_FILES = {
  occupations: /^occupations_en\.csv(\.gz)?$/,
  relations: /^occupationSkillRelations\.csv(\.gz)?$/,
};

/** The first file under `dir` (3 levels deep, sorted) whose name matches `re`. */
function findFile(dir: string, re: RegExp, depth = 3): string | undefined {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      const hit = depth > 0 ? findFile(p, re, depth - 1) : undefined;
      if (hit) return hit;
    } else if (re.test(name)) return p;
  }
  return undefined;
}

/**
 * The ESCO occupations of `dir` as rows to store (relations grouped by occupation, in file
 * order), or undefined when the folder lacks either file.
 */
function readOccupations(
  dir: string,
  version: string | undefined,
  now: Date,
): { files: string[]; rows: RadarImportedOccupationRow[]; relations: number } | undefined {
  const occPath = findFile(dir, OCCUPATION_FILES.occupations);
  const relPath = findFile(dir, OCCUPATION_FILES.relations);
  if (!occPath || !relPath) return undefined;
  const occupations = parseEscoOccupations(readDataFile(occPath));
  const byUri = new Map<string, StoredOccupationSkill[]>(occupations.map((o) => [o.uri, []]));
  let relations = 0;
  for (const r of parseEscoOccupationSkills(readDataFile(relPath))) {
    const list = byUri.get(r.occupationUri);
    if (!list) continue;
    list.push({ skillUri: r.skillUri, relation: r.relation });
    relations += 1;
  }
  const v = version ?? detectVersion('esco', [occPath], dir);
  const rows = new Map<string, RadarImportedOccupationRow>();
  for (const o of occupations) {
    if (rows.has(o.id)) continue;
    const body = {
      uri: o.uri,
      code: o.code,
      isco_group: o.iscoGroup,
      name: o.name,
      aliases: o.aliases,
      description: o.description,
      relations: byUri.get(o.uri) ?? [],
    };
    rows.set(o.id, {
      id: o.id,
      ...body,
      file: basename(occPath),
      version: v,
      content_hash: createHash('sha256')
        .update(JSON.stringify([body, v]))
        .digest('hex')
        .slice(0, 32),
      imported_at: now,
      updated_at: now,
    });
  }
  return { files: [basename(occPath), basename(relPath)], rows: [...rows.values()], relations };
}

function findFiles(
  dir: string,
  source: Source,
  depth = 3,
): { path: string; parse: (t: string) => SkillEntry[] }[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (cause) {
    throw new AppError('not_found', `Cannot read the folder ${dir}`, { cause });
  }
  const out: { path: string; parse: (t: string) => SkillEntry[] }[] = [];
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (depth > 0) out.push(...findFiles(p, source, depth - 1));
      continue;
    }
    const spec = FILES[source].find((f) => f.re.test(name));
    if (spec) out.push({ path: p, parse: spec.parse });
  }
  return out;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();

/** Maps an official entry to an authored skill through the crosswalk and exact labels. */
function crosswalk(): (e: SkillEntry) => string | null {
  const tax = getTaxonomy();
  const byUri = new Map<string, string>();
  const byCode = new Map<string, { id: string; labels: string[] }[]>();
  const byLabel = new Map<string, string>();
  for (const s of tax.skills) {
    const labels = [s.name, ...s.aliases, ...s.abbreviations].map(fold);
    for (const l of labels) if (!byLabel.has(l)) byLabel.set(l, s.id);
    for (const u of s.crosswalk.esco) if (!byUri.has(u)) byUri.set(u, s.id);
    for (const c of s.crosswalk.onet) {
      const list = byCode.get(c) ?? [];
      list.push({ id: s.id, labels: labels.filter((l) => l.length >= 4) });
      byCode.set(c, list);
    }
  }
  return (e) => {
    const sid = e.sourceId ?? '';
    const uri = byUri.get(sid);
    if (uri) return uri;
    const name = fold(e.name);
    const label = byLabel.get(name);
    if (label) return label;
    // Element ids (2.A.1.a) are unique; a commodity code is shared by many products, so
    // it maps only when the product's name also contains one of the skill's labels.
    for (const cand of byCode.get(sid) ?? []) {
      if (!/^\d+$/.test(sid)) return cand.id;
      if (cand.labels.some((l) => ` ${name} `.includes(` ${l} `))) return cand.id;
    }
    return null;
  };
}

function detectVersion(source: Source, paths: string[], dir: string): string {
  const re = source === 'esco' ? /v(\d+\.\d+(?:\.\d+)?)/ : /v?(\d{2}\.\d+)/;
  for (const p of [...paths, dir]) {
    const m = re.exec(p);
    if (m?.[1]) return m[1];
  }
  return 'unknown';
}

/**
 * Imports the official O*NET (Technology Skills, Skills, Knowledge) or ESCO (skills_en.csv)
 * files found in `dir` into the instance's imported skills, with provenance (source, source
 * id, file, version, imported at). Entries matching an authored skill's crosswalk or label
 * are mapped to it. Idempotent: a second import adds nothing and changes only what changed.
 * With ESCO occupations_en.csv and occupationSkillRelations.csv in `dir` it also stores the
 * occupations with their skill relations (`radar_imported_occupations`), which posts are then
 * coded with (`getOccupationCoder`); counted in `occupations`. Skill or occupation changes
 * move the one imported-entries version, so stored posts are re-read and re-coded.
 * Records the source's attribution for the About page.
 * Throws `not_found` (no readable folder or no known file) and `invalid_input` (bad files).
 */
export async function importOfficialSkills(
  ctx: Ctx,
  source: Source,
  dir: string,
  opts: { version?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<OfficialImportResult> {
  const files = findFiles(dir, source);
  const now = ctx.clock.now();
  const occ = source === 'esco' ? readOccupations(dir, opts.version, now) : undefined;
  if (files.length === 0 && !occ) {
    throw new AppError(
      'not_found',
      `No ${source === 'onet' ? 'O*NET Technology Skills / Skills / Knowledge' : 'ESCO skills_en.csv (or occupations_en.csv with occupationSkillRelations.csv)'} file in ${dir}`,
    );
  }
  const mapTo = crosswalk();
  const rows = new Map<string, RadarImportedSkillRow>();
  const versions = new Set<string>();
  for (const f of files) {
    const version = opts.version ?? detectVersion(source, [f.path], dir);
    versions.add(version);
    for (const e of f.parse(readDataFile(f.path))) {
      if (rows.has(e.id)) continue;
      const mapped = mapTo(e);
      const body = {
        name: e.name,
        aliases: e.aliases,
        description: e.description ?? null,
        mapped,
        sourceId: e.sourceId ?? '',
      };
      rows.set(e.id, {
        id: e.id,
        source,
        source_id: e.sourceId ?? e.id,
        name: e.name,
        aliases: e.aliases,
        description: e.description ?? null,
        mapped_to: mapped,
        file: basename(f.path),
        version,
        content_hash: createHash('sha256')
          .update(JSON.stringify([body, version]))
          .digest('hex')
          .slice(0, 32),
        imported_at: now,
        updated_at: now,
      });
    }
  }
  const all = [...rows.values()];
  const existing = await ctx.store.radar.importedHashes(all.map((r) => r.id));
  const changed = all.filter((r) => existing.get(r.id) !== r.content_hash);
  const added = changed.filter((r) => !existing.has(r.id)).length;
  for (let i = 0; i < changed.length; i += 2000) {
    await ctx.store.radar.upsertImportedSkills(changed.slice(i, i + 2000));
    opts.onProgress?.(Math.min(i + 2000, changed.length), changed.length);
  }
  const occRows = occ?.rows ?? [];
  const occExisting = await ctx.store.radar.importedOccupationHashes(occRows.map((r) => r.id));
  const occChanged = occRows.filter((r) => occExisting.get(r.id) !== r.content_hash);
  for (let i = 0; i < occChanged.length; i += 500) {
    await ctx.store.radar.upsertImportedOccupations(occChanged.slice(i, i + 500));
  }
  if (changed.length > 0 || occChanged.length > 0) {
    // One version for skills and occupations: both feed the skill index, the occupation coder,
    // the import workers and the extraction version (so stored posts are re-read and re-coded).
    const previous = (await ctx.store.instance.getSetting<string>(IMPORTED_VERSION_KEY)) ?? '';
    const next = createHash('sha256')
      .update(previous)
      .update([...changed, ...occChanged].map((r) => `${r.id}:${r.content_hash}`).join('\n'))
      .digest('hex')
      .slice(0, 16);
    await ctx.store.instance.setSetting(IMPORTED_VERSION_KEY, next, now);
  }
  const attributions =
    (await ctx.store.instance.getSetting<{ source: string; text: string; url: string }[]>(
      'attributions',
    )) ?? [];
  const credit = ATTRIBUTIONS[source];
  await ctx.store.instance.setSetting(
    'attributions',
    [...attributions.filter((a) => a.source !== credit.source), credit],
    now,
  );
  return {
    source,
    version: [...versions].join(', '),
    files: files.map((f) => basename(f.path)),
    parsed: all.length,
    added,
    updated: changed.length - added,
    unchanged: all.length - changed.length,
    mapped: all.filter((r) => r.mapped_to).length,
    ...(occ && {
      occupations: {
        files: occ.files,
        parsed: occRows.length,
        added: occChanged.filter((r) => !occExisting.has(r.id)).length,
        updated: occChanged.filter((r) => occExisting.has(r.id)).length,
        unchanged: occRows.length - occChanged.length,
        relations: occ.relations,
      },
    }),
  };
}
