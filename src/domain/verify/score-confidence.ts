import type {
  CitedResource,
  Confidence,
  ConfidenceComponent,
  LinkStatus,
} from '../../shared/paths.ts';
import { KIND_AUTHORITY, KIND_LABEL } from './authority.ts';

/** Weight of each component in the score; components without data are left out. */
export const CONFIDENCE_WEIGHTS: Record<ConfidenceComponent['key'], number> = {
  authority: 0.3,
  agreement: 0.25,
  freshness: 0.1,
  link_status: 0.15,
  model_agreement: 0.1,
  outcome: 0.1,
};

const LINK_VALUE: Record<LinkStatus, number> = {
  ok: 1,
  moved: 0.6,
  unchecked: 0.5,
  error: 0.3,
  blocked: 0.3,
  dead: 0,
};
const FRESH_VALUE = { recent: 1, stale: 0.6, never: 0.4 } as const;

/** Inputs of a step's confidence. */
export interface ConfidenceInput {
  /** Resources the step cites (model-proposed unverified ones count as nothing). */
  cited: CitedResource[];
  /** Distinct publishers of every live catalog resource covering the skill. */
  publishers: string[];
  /** Share of repeated model answers that agreed on this step; undefined when no model was used. */
  modelAgreement?: number | undefined;
  /** People who completed the step and how many later logged evidence of applying the skill. */
  outcome?: { completed: number; applied: number } | undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function component(
  key: ConfidenceComponent['key'],
  label: string,
  value: number | null,
  detail: string,
): ConfidenceComponent {
  // Keys in sorted order: plans' canonical JSON then needs no re-sorted copy.
  return {
    detail,
    key,
    label,
    value: value === null ? null : round2(value),
    weight: CONFIDENCE_WEIGHTS[key],
  };
}

/** Below this many completers the outcome component says "no data" instead of a share. */
export const MIN_OUTCOME_SAMPLE = 3;

/**
 * Scores a step 0..1 from source authority, agreement between independent publishers,
 * freshness, link status, agreement between repeated model answers and outcome data, and
 * returns every component with a plain-language reason. Pure and deterministic.
 */
export function scoreConfidence(input: ConfidenceInput): Confidence {
  const verified = input.cited.filter((r) => r.status === 'verified' && r.kind);
  const comps: ConfidenceComponent[] = [];

  const best = verified.reduce<CitedResource | undefined>(
    (b, r) => (!b || KIND_AUTHORITY[r.kind!] > KIND_AUTHORITY[b.kind!] ? r : b),
    undefined,
  );
  comps.push(
    best
      ? component(
          'authority',
          'Source authority',
          KIND_AUTHORITY[best.kind!],
          `Best source is ${KIND_LABEL[best.kind!]} (${best.publisher ?? 'unknown publisher'}).`,
        )
      : component('authority', 'Source authority', 0, 'No verified catalog source is cited.'),
  );

  const n = input.publishers.length;
  const agreement = n === 0 ? 0 : n === 1 ? 0.4 : n === 2 ? 0.75 : 0.9;
  comps.push(
    component(
      'agreement',
      'Independent sources',
      agreement,
      n === 0
        ? 'No catalog source covers this skill yet.'
        : n === 1
          ? `Only one publisher covers this skill (${input.publishers[0]}).`
          : `${n} independent publishers cover this skill: ${input.publishers.slice(0, 4).join(', ')}${n > 4 ? '…' : ''}.`,
    ),
  );

  if (verified.length) {
    const f = verified.reduce((s, r) => s + FRESH_VALUE[r.freshness], 0) / verified.length;
    const never = verified.filter((r) => r.freshness === 'never').length;
    comps.push(
      component(
        'freshness',
        'Freshness',
        f,
        never === verified.length
          ? 'The cited links have not been checked yet.'
          : `${verified.length - never} of ${verified.length} cited links were checked; ${verified.filter((r) => r.freshness === 'recent').length} within 90 days.`,
      ),
    );
    const l = verified.reduce((s, r) => s + LINK_VALUE[r.linkStatus], 0) / verified.length;
    const counts = new Map<string, number>();
    for (const r of verified) counts.set(r.linkStatus, (counts.get(r.linkStatus) ?? 0) + 1);
    comps.push(
      component(
        'link_status',
        'Link status',
        l,
        [...counts].map(([s, c]) => `${c} ${s}`).join(', '),
      ),
    );
  } else {
    comps.push(component('freshness', 'Freshness', null, 'No verified source to date.'));
    comps.push(component('link_status', 'Link status', null, 'No verified source to check.'));
  }

  comps.push(
    input.modelAgreement === undefined
      ? component('model_agreement', 'Model agreement', null, 'No model was used for this plan.')
      : component(
          'model_agreement',
          'Model agreement',
          input.modelAgreement,
          `${Math.round(input.modelAgreement * 100)}% of repeated model answers agreed on this step.`,
        ),
  );

  const o = input.outcome;
  comps.push(
    !o || o.completed < MIN_OUTCOME_SAMPLE
      ? component(
          'outcome',
          'Outcomes',
          null,
          `No data yet: ${o?.completed ?? 0} people completed this step (needs ${MIN_OUTCOME_SAMPLE}).`,
        )
      : component(
          'outcome',
          'Outcomes',
          o.applied / o.completed,
          `${o.applied} of ${o.completed} people who completed it later logged evidence of applying the skill.`,
        ),
  );

  const used = comps.filter((c) => c.value !== null);
  const totalWeight = used.reduce((s, c) => s + c.weight, 0);
  const score = totalWeight
    ? used.reduce((s, c) => s + c.weight * (c.value ?? 0), 0) / totalWeight
    : 0;
  return { components: comps, score: round2(score) };
}

/**
 * Replaces the outcome component of a stored confidence with live numbers and recomputes
 * the score, so a versioned plan stays byte-identical while its outcome data grows.
 */
export function withOutcome(
  c: Confidence,
  outcome: { completed: number; applied: number } | undefined,
): Confidence {
  const live = scoreConfidence({ cited: [], publishers: [], outcome }).components.find(
    (x) => x.key === 'outcome',
  )!;
  const components = c.components.map((x) => (x.key === 'outcome' ? live : x));
  const used = components.filter((x) => x.value !== null);
  const w = used.reduce((s, x) => s + x.weight, 0);
  const score = w ? used.reduce((s, x) => s + x.weight * (x.value ?? 0), 0) / w : 0;
  return { score: Math.round(score * 100) / 100, components };
}
