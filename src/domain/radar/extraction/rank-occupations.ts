import { AppError } from '../../../errors.ts';
import { shareNamedWithBroader, shareWithBroader } from './broader-title-match.ts';
import type { OccupationIndex } from './build-occupation-index.ts';
import { correctTitleSpelling } from './correct-title-spelling.ts';
import { extractSkills } from './extract-skills.ts';
import { eachJobTitleMatch } from './match-job-title.ts';
import { addOccupationText } from './match-occupation-text.ts';
import { normalizeJobTitle } from './normalize-job-title.ts';
import { ranksBefore } from './occupation-order.ts';
import { rerankBySemantics, SEMANTIC_DEPTH } from './rerank-by-semantics.ts';

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

/**
 * What the lexical stage of `rankOccupations` found for one ad, signal by signal (occupation
 * index → value), and the lexical score they sum to.
 */
export interface OccupationEvidence {
  /** The lexical score per occupation (the weighted sum of the signals below). */
  score: Float64Array;
  /** Title match (0..1) after sharing with the broader occupation. */
  title: ReadonlyMap<number, number>;
  /** Tf-idf cosine between the ad's words and the occupation's text. */
  text: Float64Array;
  /** Occupation labels named in the body (confidence sum, shared with the broader one). */
  body: ReadonlyMap<number, number>;
  /** Cosine between the ad's named skills and the occupation's skill profile. */
  skill: ReadonlyMap<number, number>;
  /** The ad's named skills (skill entry index → confidence). */
  adSkills: ReadonlyMap<number, number>;
  /** The normalised title's main part. */
  titleMain: string;
}

/** What a ranking reads beside the index, derived from it once (see `derived`). */
interface Derived {
  occIndexById: Map<string, number>;
  skillIndexById: Map<string, number>;
  /**
   * `index.profiles` turned around: the occupations holding skill `s` are
   * `profileOcc[profileStart[s] .. profileStart[s + 1])`, with their weights in `profileWeight`.
   */
  profileStart: Int32Array;
  profileOcc: Int32Array;
  profileWeight: Float64Array;
  /** Scratch, zero between calls: the profile dot product per occupation, and who has one. */
  dot: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
}

const derivedCache = new WeakMap<OccupationIndex, Derived>();

/** Entry positions by id and the skill → occupations table, built once per index. */
function derived(index: OccupationIndex): Derived {
  let d = derivedCache.get(index);
  if (d) return d;
  const nSkills = index.skills.entries.length;
  const n = index.occupations.length;
  const count = new Int32Array(nSkills + 1);
  for (const p of index.profiles)
    for (const s of p.keys()) count[s + 1] = (count[s + 1] as number) + 1;
  for (let s = 0; s < nSkills; s += 1)
    count[s + 1] = (count[s + 1] as number) + (count[s] as number);
  const profileStart = count.slice();
  const profileOcc = new Int32Array(count[nSkills] as number);
  const profileWeight = new Float64Array(profileOcc.length);
  index.profiles.forEach((p, o) => {
    for (const [s, w] of p) {
      const at = count[s] as number;
      count[s] = at + 1;
      profileOcc[at] = o;
      profileWeight[at] = w;
    }
  });
  d = {
    occIndexById: new Map(index.titles.entries.map((e, i) => [e.id, i])),
    skillIndexById: new Map(index.skills.entries.map((e, i) => [e.id, i])),
    profileStart,
    profileOcc,
    profileWeight,
    dot: new Float64Array(n),
    seen: new Uint8Array(n),
    touched: new Int32Array(n),
  };
  derivedCache.set(index, d);
  return d;
}

/**
 * The `k` occupations with a positive score, best first (`ranksBefore`): one pass keeping a sorted
 * list of the best `k`, the same as sorting them all and taking the first `k`, since `ranksBefore`
 * is a total order.
 */
export function topK(score: Float64Array, depth: Uint8Array, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < score.length; i += 1) {
    if (!((score[i] as number) > 0)) continue;
    if (top.length === k && !ranksBefore(score, depth, i, top[k - 1] as number)) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && ranksBefore(score, depth, i, top[at - 1] as number)) {
      top[at] = top[at - 1] as number;
      at -= 1;
    }
    top[at] = i;
  }
  return top;
}

/**
 * The lexical stage of `rankOccupations` for one ad, signal by signal (see there), with the
 * lexical score they sum to: title × `TITLE_WEIGHT` (+ `EXACT_BONUS` from `EXACT_AT`), text ×
 * `TEXT_WEIGHT`, body × `BODY_TITLE_WEIGHT`, skill × `SKILL_WEIGHT`. What the re-rank
 * experiments (`eval/occupation-rerank/fit.ts`) read. Throws nothing.
 */
export function occupationEvidence(
  index: OccupationIndex,
  title: string,
  description: string,
): OccupationEvidence {
  const n = index.occupations.length;
  const score = new Float64Array(n);
  // A misspelt title word ("Casher") would drop out of the title match; it is read as the label word.
  const spelled = correctTitleSpelling(index, title);
  const normalized = normalizeJobTitle(spelled);
  const titleScores = new Map<number, number>();
  eachJobTitleMatch(index.jobTitles, normalized, (o, s) => titleScores.set(o, s));
  const titleMatch = shareWithBroader(index, normalized.main, titleScores);
  for (const [o, s] of titleMatch) {
    score[o] = (score[o] ?? 0) + TITLE_WEIGHT * s + (s >= EXACT_AT ? EXACT_BONUS : 0);
  }
  // The title's noise ("Remote", "Urgently needed") is left out of the text signals too.
  const adText = `${normalized.main}\n${description}`;
  const text = new Float64Array(n);
  addOccupationText(index.text, adText, 1, text);
  for (let o = 0; o < n; o += 1) {
    const t = text[o] as number;
    if (t !== 0) score[o] = (score[o] ?? 0) + TEXT_WEIGHT * t;
  }
  const d = derived(index);
  const { occIndexById, skillIndexById, profileStart, profileOcc, profileWeight } = d;
  const { dot, seen, touched } = d;
  const bodyLabels = extractSkills(index.titles, description, {
    minConfidence: 0.5,
    implicit: false,
  });
  const bodyNamed = new Map<number, { score: number; text: string }>();
  for (const t of bodyLabels) {
    const o = occIndexById.get(t.skillId);
    if (o === undefined) continue;
    const prev = bodyNamed.get(o);
    const said = t.spans.map((x) => x.text).join(' ');
    bodyNamed.set(o, {
      score: (prev?.score ?? 0) + t.confidence,
      text: `${prev?.text ?? ''} ${said}`,
    });
  }
  const body = shareNamedWithBroader(index, bodyNamed);
  for (const [o, c] of body) {
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
  // Each occupation's dot product with the ad's skills, through the occupations holding each
  // skill: the same products summed in the same order (the ad's skills) as walking every
  // occupation's profile, for the occupations that share a skill with the ad only.
  const skill = new Map<number, number>();
  let nTouched = 0;
  for (const [s, c] of adSkills) {
    for (let j = profileStart[s] as number; j < (profileStart[s + 1] as number); j += 1) {
      const o = profileOcc[j] as number;
      if (seen[o] === 0) {
        seen[o] = 1;
        touched[nTouched++] = o;
      }
      dot[o] = (dot[o] as number) + (profileWeight[j] as number) * c;
    }
  }
  for (let t = 0; t < nTouched; t += 1) {
    const o = touched[t] as number;
    const v = dot[o] as number;
    dot[o] = 0;
    seen[o] = 0;
    if (v > 0) {
      const c = v / ((index.norms[o] ?? 1) * adNorm);
      skill.set(o, c);
      score[o] = (score[o] ?? 0) + SKILL_WEIGHT * c;
    }
  }
  return {
    score,
    title: titleMatch,
    text,
    body,
    skill,
    adSkills,
    titleMain: normalized.main,
  };
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
 * `matchOccupationText`); occupation labels named in the body at lower weight (shared with the
 * broader occupation likewise, `shareNamedWithBroader`); and the cosine between the skills the ad
 * names (`extractSkills`, explicit mentions only, so coding stays cheap) and each occupation's
 * essential/optional skill profile. The best `SEMANTIC_DEPTH` are then re-ranked by meaning
 * (`rerankBySemantics`: cosine in an LSA space learnt from ESCO's own text). Equal scores go to
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
  const ev = occupationEvidence(index, title, description);
  const { score } = ev;
  const lexical = topK(score, index.depth, Math.max(k, SEMANTIC_DEPTH));
  // The best few re-ranked by meaning (an LSA space learnt from ESCO's own text).
  const order = rerankBySemantics(index, ev.titleMain, description, lexical, score).slice(0, k);
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
