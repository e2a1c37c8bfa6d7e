import { AppError } from '../../../errors.ts';
import type { EscoOccupation, EscoOccupationSkill } from '../importers/parse-esco.ts';
import { buildSkillIndex, type SkillIndex } from './build-skill-index.ts';
import { buildJobTitleIndex, type JobTitleIndex } from './match-job-title.ts';
import { buildOccupationTextIndex, type OccupationTextIndex } from './match-occupation-text.ts';

/** Occupations as matchable labels plus their weighted skill profiles. */
export interface OccupationIndex {
  occupations: EscoOccupation[];
  /** Index over occupation titles (preferred + alternative labels; descriptions for retrieval). */
  titles: SkillIndex;
  /** Preferred and alternative labels as weighted word keys, for matching job titles. */
  jobTitles: JobTitleIndex;
  /** Occupations as bags of words (labels, description, essential skills), for the ad's text. */
  text: OccupationTextIndex;
  /** Per occupation: how deep its ESCO code is (`2330.1.2` → 3), the more specific the deeper. */
  depth: Uint8Array;
  /** The skill index used to read skills out of ad text. */
  skills: SkillIndex;
  /** Per occupation: skill entry index → weight (essential 1, optional 0.5) × skill idf. */
  profiles: Map<number, number>[];
  /** Euclidean norm of each profile. */
  norms: Float64Array;
  /** Per occupation: skill entry indexes of its essential skills, in relation order. */
  essential: number[][];
}

/**
 * Builds the occupation ranker's index from ESCO occupations, their occupation–skill
 * relations and an already built skill index whose entries carry ESCO concept URIs as
 * `sourceId`. Skills common to many occupations weigh less (idf). Throws AppError
 * `invalid_input` when the occupation list is empty.
 */
export function buildOccupationIndex(
  skills: SkillIndex,
  occupations: EscoOccupation[],
  relations: EscoOccupationSkill[],
): OccupationIndex {
  if (occupations.length === 0) {
    throw new AppError('invalid_input', 'No occupations to index.');
  }
  const titles = buildSkillIndex(
    occupations.map((o) => ({
      id: o.id,
      name: o.name,
      aliases: o.aliases,
      description: o.description,
      source: 'esco' as const,
      sourceId: o.uri,
    })),
  );
  const skillByUri = new Map<string, number>();
  skills.entries.forEach((e, i) => {
    if (e.sourceId) skillByUri.set(e.sourceId, i);
  });
  const occByUri = new Map(occupations.map((o, i) => [o.uri, i]));
  const profiles = occupations.map(() => new Map<number, number>());
  const df = new Map<number, number>();
  // Each occupation's essential skills, in relation order (for its text and its meaning).
  const essential = occupations.map((): number[] => []);
  for (const r of relations) {
    const o = occByUri.get(r.occupationUri);
    const s = skillByUri.get(r.skillUri);
    if (o === undefined || s === undefined) continue;
    if (r.relation === 'essential') essential[o]?.push(s);
    const p = profiles[o];
    if (!p) continue;
    const w = r.relation === 'essential' ? 1 : 0.5;
    if ((p.get(s) ?? 0) < w) {
      if (!p.has(s)) df.set(s, (df.get(s) ?? 0) + 1);
      p.set(s, w);
    }
  }
  const n = occupations.length;
  const norms = new Float64Array(n);
  profiles.forEach((p, o) => {
    let sq = 0;
    for (const [s, w] of p) {
      const v = w * Math.log(1 + n / (df.get(s) ?? 1));
      p.set(s, v);
      sq += v * v;
    }
    norms[o] = Math.sqrt(sq) || 1;
  });
  const jobTitles = buildJobTitleIndex(occupations);
  const text = buildOccupationTextIndex(
    occupations.map((o, i) =>
      [
        o.name,
        ...o.aliases,
        o.description,
        ...(essential[i] ?? []).map((s) => skills.entries[s]?.name ?? ''),
      ].join('\n'),
    ),
  );
  const depth = Uint8Array.from(occupations, (o) => o.code.split('.').length);
  return { occupations, titles, jobTitles, text, depth, skills, profiles, norms, essential };
}
