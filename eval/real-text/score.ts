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
