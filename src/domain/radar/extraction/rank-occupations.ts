import { AppError } from '../../../errors.ts';
import { shareNamedWithBroader, shareWithBroader } from './broader-title-match.ts';
import type { OccupationIndex } from './build-occupation-index.ts';
import { correctTitleSpelling } from './correct-title-spelling.ts';
import { extractSkills } from './extract-skills.ts';
import { matchJobTitle } from './match-job-title.ts';
import { matchOccupationText } from './match-occupation-text.ts';
import { normalizeJobTitle } from './normalize-job-title.ts';

/** Weight of the job-title match (0..1) next to the other signals. */
const TITLE_WEIGHT = 1;
/**
 * A title (or its first part) that is an occupation's preferred label word for word under the
 * morphology (title score ≥ `EXACT_AT`; alternative labels score at most 0.98, ESCO's being
 * too loose to trust alone) gets this much on top: the exact name outweighs a closer
 * description ("Sales Manager (Franchise Manager)" is a sales manager even when the ad names
 * key accounts). Chosen on the even rows of hahu_dev.
 */
const EXACT_BONUS = 0.3;
const EXACT_AT = 0.995;
/** Weight of the cosine between the ad's skills and the occupation's skill profile. */
const SKILL_WEIGHT = 0.6;
/** The ad's skills for the profile cosine: named skills (labels, aliases), no retrieval. */
const AD_SKILLS = { minConfidence: 0.5, implicit: false } as const;
/** Weight of the tf-idf cosine between the ad's words and the occupation's text. */
const TEXT_WEIGHT = 2;
/** Weight of an occupation label named in the ad's body. */
const BODY_TITLE_WEIGHT = 0.25;

const positionCache = new WeakMap<
  OccupationIndex,
  { occIndexById: Map<string, number>; skillIndexById: Map<string, number> }
>();

/** Entry positions by id in the index's title and skill indexes, built once per index. */
function positions(index: OccupationIndex) {
  let p = positionCache.get(index);
  if (!p) {
    p = {
      occIndexById: new Map(index.titles.entries.map((e, i) => [e.id, i])),
      skillIndexById: new Map(index.skills.entries.map((e, i) => [e.id, i])),
    };
    positionCache.set(index, p);
  }
  return p;
}

/**
 * Ranks occupations for a job ad without any model: the ad title, its misspelt words read as
 * the occupation-label words they stand for (`correctTitleSpelling`), normalised (seniority, grades,
 * publication noise and the employer dropped, abbreviations spelled out), against occupations'
 * preferred and alternative labels under the radar's morphology (`matchJobTitle`), a narrower
 * occupation's score shared with its broader one when the title does not say what sets it apart
 * (`shareWithBroader`), with a bonus
 * when the title is an occupation's preferred label word for word; the ad's
 * words against each occupation's labels, description and essential skills (tf-idf cosine,
 * `matchOccupationText`); occupation labels named in the body at lower weight (shared with the broader occupation
 * likewise, `shareNamedWithBroader`); and the cosine between the skills the ad names
 * (`extractSkills`, explicit mentions only, so coding stays cheap) and each occupation's essential/optional skill profile. Equal scores go to
 * the more specific occupation (deeper ESCO code), then index order. Deterministic.
 * Throws AppError `invalid_input` when title or description is not a string or k < 1.
 */
export function rankOccupations(
  index: OccupationIndex,
  title: string,
  description: string,
  k: number,
): { occupationId: string; code: string; name: string; score: number }[] {
  if (typeof title !== 'string' || typeof description !== 'string') {
    throw new AppError('invalid_input', 'Title and description must be strings.');
  }
  if (!Number.isInteger(k) || k < 1) {
    throw new AppError('invalid_input', 'k must be a positive integer.', { details: { k } });
  }
  const n = index.occupations.length;
  const score = new Float64Array(n);
  // A misspelt title word ("Casher") would drop out of the title match; it is read as the label word.
  const spelled = correctTitleSpelling(index, title);
  const titled = shareWithBroader(index, spelled, matchJobTitle(index.jobTitles, spelled));
  for (const [o, s] of titled) {
    score[o] = (score[o] ?? 0) + TITLE_WEIGHT * s + (s >= EXACT_AT ? EXACT_BONUS : 0);
  }
  // The title's noise ("Remote", "Urgently needed") is left out of the text signals too.
  const adText = `${normalizeJobTitle(spelled).main}\n${description}`;
  for (const [o, s] of matchOccupationText(index.text, adText)) {
    score[o] = (score[o] ?? 0) + TEXT_WEIGHT * s;
  }
  const { occIndexById, skillIndexById } = positions(index);
  const body = extractSkills(index.titles, description, { minConfidence: 0.5, implicit: false });
  const bodyNamed = new Map<number, { score: number; text: string }>();
  for (const t of body) {
    const o = occIndexById.get(t.skillId);
    if (o === undefined) continue;
    const prev = bodyNamed.get(o);
    const text = t.spans.map((x) => x.text).join(' ');
    bodyNamed.set(o, {
      score: (prev?.score ?? 0) + t.confidence,
      text: `${prev?.text ?? ''} ${text}`,
    });
  }
  for (const [o, c] of shareNamedWithBroader(index, bodyNamed)) {
    score[o] = (score[o] ?? 0) + BODY_TITLE_WEIGHT * c;
  }
  const adSkills = new Map<number, number>();
  // Named skills only: retrieval of described skills cost ~60 ms per ad for no gain here.
  const named = extractSkills(index.skills, adText, AD_SKILLS);
  for (const s of named) {
    const i = skillIndexById.get(s.skillId);
    if (i !== undefined) adSkills.set(i, s.confidence);
  }
  let adNorm = 0;
  for (const v of adSkills.values()) adNorm += v * v;
  adNorm = Math.sqrt(adNorm) || 1;
  index.profiles.forEach((p, o) => {
    let dot = 0;
    for (const [s, c] of adSkills) {
      const w = p.get(s);
      if (w !== undefined) dot += w * c;
    }
    if (dot > 0)
      score[o] = (score[o] ?? 0) + (SKILL_WEIGHT * dot) / ((index.norms[o] ?? 1) * adNorm);
  });
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((i) => (score[i] ?? 0) > 0)
    .sort(
      (a, b) =>
        (score[b] ?? 0) - (score[a] ?? 0) || (index.depth[b] ?? 0) - (index.depth[a] ?? 0) || a - b,
    )
    .slice(0, k);
  return order.map((i) => {
    const o = index.occupations[i];
    return {
      occupationId: o?.id ?? '',
      code: o?.code ?? '',
      name: o?.name ?? '',
      score: score[i] ?? 0,
    };
  });
}
