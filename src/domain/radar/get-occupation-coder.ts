import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import type { OccupationCoder } from './code-occupation.ts';
import { buildOccupationIndex } from './extraction/build-occupation-index.ts';
import { cachedOccupationSemantics } from './extraction/build-occupation-semantics.ts';
import { buildSkillIndex, type SkillIndex } from './extraction/build-skill-index.ts';
import type { SkillEntry } from './extraction/types.ts';
import { IMPORTED_VERSION_KEY, type ImportedSkillRow } from './get-skill-index.ts';
import type { EscoOccupation, EscoOccupationSkill } from './importers/parse-esco.ts';

/** An imported ESCO occupation as the store returns it (`radar_imported_occupations`). */
export interface ImportedOccupationRow {
  id: string;
  uri: string;
  code: string;
  isco_group: string;
  name: string;
  aliases: unknown;
  description: string;
  /** `{ skillUri, relation }[]` in file order. */
  relations: unknown;
}

/** An occupation's skill relation as stored with it. */
export interface StoredOccupationSkill {
  skillUri: string;
  relation: 'essential' | 'optional';
}

/**
 * The imported ESCO skills as `parseEscoSkills` gives them (id, name, aliases, description,
 * concept URI as `sourceId`), crosswalked or not: what the occupation coder reads ad skills
 * with, as the evaluation does. Pure.
 */
export function escoSkillEntries(imported: readonly ImportedSkillRow[]): SkillEntry[] {
  const out: SkillEntry[] = [];
  for (const r of imported) {
    if (r.source !== 'esco') continue;
    const entry: SkillEntry = {
      id: r.id,
      name: r.name,
      aliases: (r.aliases as string[]) ?? [],
      source: 'esco',
      sourceId: r.source_id,
    };
    if (r.description) entry.description = r.description;
    out.push(entry);
  }
  return out;
}

/** Stored occupations back as `parseEscoOccupations` / `parseEscoOccupationSkills` give them. */
export function escoOccupations(rows: readonly ImportedOccupationRow[]): {
  occupations: EscoOccupation[];
  relations: EscoOccupationSkill[];
} {
  const occupations: EscoOccupation[] = [];
  const relations: EscoOccupationSkill[] = [];
  for (const r of rows) {
    occupations.push({
      id: r.id,
      uri: r.uri,
      name: r.name,
      aliases: (r.aliases as string[]) ?? [],
      description: r.description,
      code: r.code,
      iscoGroup: r.isco_group,
    });
    for (const s of (r.relations as StoredOccupationSkill[]) ?? []) {
      relations.push({ occupationUri: r.uri, skillUri: s.skillUri, relation: s.relation });
    }
  }
  return { occupations, relations };
}

/**
 * The ESCO occupation coder over `escoSkills` (`buildSkillIndex` of the ESCO skills as
 * `parseEscoSkills` gives them, no signals), occupations and their skill relations: what
 * `buildOccupationCoder` builds from the imported rows and `eval/extraction.ts` from the files.
 * Throws AppError `invalid_input` when `occupations` is empty.
 */
export function escoOccupationCoder(
  escoSkills: SkillIndex,
  occupations: EscoOccupation[],
  relations: EscoOccupationSkill[],
): Extract<OccupationCoder, { kind: 'esco' }> {
  const index = buildOccupationIndex(escoSkills, occupations, relations);
  // The semantic re-rank's LSA space (~2 s of CPU on full ESCO), built with the coder rather
  // than inside the first post's coding.
  cachedOccupationSemantics(index);
  return { kind: 'esco', index };
}

/**
 * THE occupation coder of the product, pure: with imported ESCO occupations, the ESCO coder
 * over `buildOccupationIndex(buildSkillIndex(<imported ESCO skills>), occupations, relations)`
 * (what `npm run eval` scores on hahu_dev, built the same way from the files); without, the
 * product's roles. The main thread (`getOccupationCoder`) and import workers build it here.
 */
export function buildOccupationCoder(
  skills: readonly ImportedSkillRow[],
  occupations: readonly ImportedOccupationRow[],
): OccupationCoder {
  if (occupations.length === 0) return { kind: 'roles', roles: getTaxonomy().roles };
  const esco = escoOccupations(occupations);
  return escoOccupationCoder(
    buildSkillIndex(escoSkillEntries(skills)),
    esco.occupations,
    esco.relations,
  );
}

let cache: { key: string; coder: OccupationCoder } | undefined;
let building: { key: string; promise: Promise<OccupationCoder> } | undefined;

/**
 * This instance's occupation coder (`buildOccupationCoder` over its imported skills and
 * occupations), built once per taxonomy and imported-entries version (which an occupation
 * import changes too) and cached in memory, like `getSkillIndex`.
 */
export async function getOccupationCoder(ctx: Ctx): Promise<OccupationCoder> {
  const imported = (await ctx.store.instance.getSetting<string>(IMPORTED_VERSION_KEY)) ?? 'none';
  const key = `${getTaxonomy().version}:${imported}`;
  if (cache?.key === key) return cache.coder;
  if (building?.key !== key) {
    const promise = (async () => {
      const occupations = await ctx.store.radar.listImportedOccupations();
      if (occupations.length === 0) return buildOccupationCoder([], []);
      return buildOccupationCoder(await ctx.store.radar.listImportedSkills(), occupations);
    })();
    building = { key, promise };
    promise.then(
      (coder) => {
        cache = { key, coder };
        if (building?.promise === promise) building = undefined;
      },
      () => {
        if (building?.promise === promise) building = undefined;
      },
    );
  }
  return building.promise;
}
