/** Scoring of the real-text evaluation (pure, so it is unit-tested). */

/** A hand-labelled ad: skills present, acceptable (defensible) and forbidden. */
export interface LabelledAd {
  id: string;
  present: string[];
  acceptable: string[];
  forbidden: string[];
}

/** A labelled client-request sentence. `*` in `forbidden` forbids any skill. */
export interface LabelledRequest {
  id: string;
  group: string;
  text: string;
  expected: string[];
  forbidden: string[];
}

interface Stored {
  skillId: string;
  spans: { text: string }[];
}

const pct = (x: number): number => Math.round(x * 1000) / 10;

/**
 * Precision of stored skills over labelled ads: right when listed as present or acceptable.
 * Forbidden and unjudged stored skills count as wrong; unjudged ones are returned for review.
 */
export function scoreLabelledAds(labels: LabelledAd[], stored: Map<string, Stored[]>) {
  let total = 0;
  let right = 0;
  let forbidden = 0;
  let recalled = 0;
  let present = 0;
  const unjudged: { id: string; skillId: string; span: string }[] = [];
  for (const l of labels) {
    const got = stored.get(l.id) ?? [];
    const ok = new Set([...l.present, ...l.acceptable]);
    for (const s of got) {
      total += 1;
      if (ok.has(s.skillId)) right += 1;
      else if (l.forbidden.includes(s.skillId)) forbidden += 1;
      else unjudged.push({ id: l.id, skillId: s.skillId, span: s.spans[0]?.text ?? '' });
    }
    const ids = new Set(got.map((s) => s.skillId));
    present += l.present.length;
    recalled += l.present.filter((p) => ids.has(p)).length;
  }
  return {
    summary: {
      n: labels.length,
      stored: total,
      precision: pct(right / Math.max(1, total)),
      recallOfPresent: pct(recalled / Math.max(1, present)),
      forbidden,
      unjudged: unjudged.length,
    },
    unjudged,
  };
}

/** Share of client-request sentences with every expected skill and no forbidden one. */
export function scoreClientRequests(
  cases: LabelledRequest[],
  extract: (text: string) => { skillId: string }[],
) {
  const byGroup: Record<string, { n: number; right: number }> = {};
  const failures: { id: string; text: string; got: string[] }[] = [];
  let right = 0;
  for (const c of cases) {
    const got = extract(c.text).map((s) => s.skillId);
    const ids = new Set(got);
    const ok =
      c.expected.every((e) => ids.has(e)) &&
      (c.forbidden.includes('*') ? got.length === 0 : c.forbidden.every((f) => !ids.has(f)));
    const g = byGroup[c.group] ?? { n: 0, right: 0 };
    byGroup[c.group] = g;
    g.n += 1;
    if (ok) {
      g.right += 1;
      right += 1;
    } else failures.push({ id: c.id, text: c.text, got });
  }
  return {
    summary: {
      n: cases.length,
      right,
      rightShare: pct(right / Math.max(1, cases.length)),
      byGroup,
    },
    failures,
  };
}

/** A sentence of annotated job-ad tokens: which tokens lie in a tagged skill or knowledge span. */
export interface AnnotatedSentence {
  tokens: string[];
  tagged: boolean[];
}

/**
 * How many stored readings of job-ad sentences lie on a span annotators tagged as a skill or
 * knowledge (SkillSpan): a floor on precision, as annotators tag what the ad asks of the
 * applicant, not every mention. Readings implied by a narrower skill are not counted (they have
 * no span of their own). Per skill, the readings and the share on a tagged span, so the skills
 * read most often off a span can be looked at.
 */
export function scoreOnAnnotatedSpans(
  sentences: AnnotatedSentence[],
  extract: (
    text: string,
  ) => { skillId: string; impliedBy?: string; spans: { start: number; end: number }[] }[],
) {
  let readings = 0;
  let onSpan = 0;
  const bySkill = new Map<string, { n: number; on: number }>();
  for (const s of sentences) {
    let text = '';
    const starts: number[] = [];
    for (const t of s.tokens) {
      starts.push(text.length);
      text += `${t} `;
    }
    for (const got of extract(text)) {
      if (got.impliedBy) continue;
      const sp = got.spans[0];
      if (!sp) continue;
      const hit = s.tokens.some(
        (t, i) =>
          s.tagged[i] === true &&
          (starts[i] as number) < sp.end &&
          (starts[i] as number) + t.length > sp.start,
      );
      readings += 1;
      if (hit) onSpan += 1;
      const k = bySkill.get(got.skillId) ?? { n: 0, on: 0 };
      k.n += 1;
      if (hit) k.on += 1;
      bySkill.set(got.skillId, k);
    }
  }
  return {
    summary: {
      sentences: sentences.length,
      readings,
      onSpanShare: pct(onSpan / Math.max(1, readings)),
    },
    bySkill,
  };
}
