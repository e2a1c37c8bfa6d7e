import type { Plan } from '../../shared/paths.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { freshnessOf, normalizeUrl } from '../verify/index.ts';
import { buildPlan } from './build-plan.ts';
import { canonicalJson, sha256Hex } from './canonical-json.ts';
import { fingerprint, gatherInputs } from './gather-inputs.ts';
import { personalisePlan } from './personalise-plan.ts';
import type { PlanInputs } from './plan-types.ts';
import { presentResource } from './present-resource.ts';

/** A computed plan with its inputs and hashes, ready to store as a version. */
export interface PlannedPath {
  inputs: PlanInputs;
  /** Canonical JSON of `inputs` (what `inputHash` hashes; stored as the version's inputs). */
  inputsText: string;
  inputHash: string;
  plan: Plan;
  planText: string;
  planHash: string;
}

/**
 * Plans a path: gathers the inputs, builds the offline plan, and when a model is configured
 * lets it personalise the plan (falling back to the offline plan, and saying so, when the
 * model call fails). The plan text is canonical JSON; equal inputs give equal bytes.
 */
export async function planPath(
  ctx: Ctx,
  userId: string,
  opts: Parameters<typeof gatherInputs>[2],
): Promise<PlannedPath> {
  const tax = getTaxonomy();
  const { inputs, resources } = await gatherInputs(ctx, userId, opts);
  const draft = buildPlan(tax, inputs, resources);
  const { model, pers } = await personalisePlan(ctx, userId, inputs, draft);
  inputs.model = model;
  let plan = draft;
  if (pers) {
    // Proposed links that are in the catalog under other skills still count as catalogued.
    const norms = Object.values(pers.proposed)
      .flat()
      .map((p) => normalizeUrl(p.url))
      .filter((n): n is string => Boolean(n));
    const known = new Set(resources.map((r) => r.id));
    const extra = (await ctx.store.catalog.findByNormUrls(norms))
      .map(presentResource)
      .filter((r) => !known.has(r.id));
    for (const r of extra) {
      inputs.catalog.push({
        id: r.id,
        title: r.title,
        linkStatus: r.linkStatus,
        freshness: freshnessOf(r.lastChecked, inputs.startDate),
        deprecated: r.deprecation !== null,
        fp: fingerprint(r),
      });
    }
    inputs.catalog.sort((a, b) => (a.id < b.id ? -1 : 1));
    plan = buildPlan(tax, inputs, [...resources, ...extra], pers);
  } else if (model?.fallback) {
    plan = {
      ...draft,
      engine: {
        kind: 'offline',
        note: `The model could not be used (${model.fallback}); this is the offline plan from the taxonomy and the source catalog.`,
      },
    };
  }
  const planText = canonicalJson(plan);
  const inputsText = canonicalJson(inputs);
  return {
    inputs,
    inputsText,
    inputHash: sha256Hex(inputsText),
    plan,
    planText,
    planHash: sha256Hex(planText),
  };
}
