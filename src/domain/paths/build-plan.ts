import type { Plan, PlanStep, StepFlag } from '../../shared/paths.ts';
import type { Taxonomy, TaxonomySkill } from '../radar/index.ts';
import { normalizeUrl, scoreConfidence, verifyProposedResources } from '../verify/index.ts';
import { deprecationOfSkill } from './catalog-data.ts';
import { chooseResources, FORMAT_MATCH } from './choose-resources.ts';
import { orderSteps } from './order-steps.ts';
import type { CatalogResource, Personalisation, PlanInputs } from './plan-types.ts';
import { scheduleSteps } from './schedule-steps.ts';

/** Level from which a skill counts as held (3 = working). */
export const HELD_LEVEL = 3;
const LEVEL_FACTOR = [1, 0.85, 0.6];
const LEVEL_NAME = ['', 'Aware', 'Beginner', 'Working', 'Advanced', 'Expert'];

/** Hours to reach working level from `level` (0 = new), in half hours, at least 1. */
export function estimateHours(skill: TaxonomySkill, level: number): number {
  const f = LEVEL_FACTOR[Math.min(Math.max(level, 0), 2)] ?? 1;
  return Math.max(1, Math.round(skill.hoursToWorking * f * 2) / 2);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const domainOf = (s: TaxonomySkill) => s.category.split('/')[0] ?? '';

function practiceTask(s: TaxonomySkill, goalText: string | null): string {
  const domain = domainOf(s);
  const material =
    domain === 'data'
      ? 'a public dataset'
      : domain === 'writing' || domain === 'copywriting'
        ? 'a mock client brief'
        : 'a small mock client request';
  const forGoal = goalText ? ` Tie it to your goal ("${goalText.slice(0, 120)}").` : '';
  switch (s.kind) {
    case 'tool':
    case 'platform':
      return `Deliver ${material} end to end in ${s.name}: set it up from scratch, produce the result a client would receive, and note three things you would check before sending it.${forGoal}`;
    case 'language':
    case 'framework':
      return `Write a small working ${s.name} project that solves one task from ${material}; keep the code and a short README explaining your choices as evidence.${forGoal}`;
    case 'method':
      return `Apply ${s.name} to ${material} and write a one-page summary of the result and the decisions you made along the way.${forGoal}`;
    case 'knowledge':
      return `Explain ${s.name} in a one-page note a client could follow, with one worked example from ${material}.${forGoal}`;
    default:
      return `Use ${s.name} deliberately in your next client interaction (or a role-play of ${material}) and write down what worked and what you would change.${forGoal}`;
  }
}

function roleSkills(tax: Taxonomy, roles: string[]): Set<string> {
  const out = new Set<string>();
  for (const r of roles) {
    const role = tax.roleById.get(r);
    for (const x of [...(role?.core ?? []), ...(role?.optional ?? [])]) out.add(x);
  }
  return out;
}

/**
 * Builds the plan body from its inputs, the catalog resources of the path's skills and
 * (optionally) a model's personalisation: ordered steps with objective, estimate, practice
 * task, cited resources, confidence and flags; held skills skipped; then the schedule. Pure:
 * the same arguments always give the same plan.
 */
export function buildPlan(
  tax: Taxonomy,
  inputs: PlanInputs,
  resources: CatalogResource[],
  pers?: Personalisation,
): Plan {
  const levels = inputs.profile.skills;
  const held = new Set(Object.keys(levels).filter((k) => (levels[k] ?? 0) >= HELD_LEVEL));
  const ordered = orderSteps(tax, inputs.resolved.skillIds, pers?.order ?? [], held);
  const bySkill = new Map<string, CatalogResource[]>();
  for (const r of resources) {
    for (const s of r.skills) bySkill.set(s, [...(bySkill.get(s) ?? []), r]);
  }
  const formats = inputs.profile.formats;
  const context = roleSkills(tax, [
    ...inputs.profile.targetRoles,
    ...(inputs.resolved.roleId ? [inputs.resolved.roleId] : []),
  ]);
  const goalSet = new Set(inputs.resolved.skillIds);
  const skipped: Plan['skipped'] = [];
  const steps: PlanStep[] = [];
  for (const o of ordered) {
    const skill = tax.skillById.get(o.skillId);
    if (!skill) continue;
    const level = levels[o.skillId] ?? 0;
    if (level >= HELD_LEVEL) {
      skipped.push({
        skillId: skill.id,
        skillName: skill.name,
        level,
        reason: `You already hold ${skill.name} at level ${level} (${LEVEL_NAME[level]}), so the path skips it.`,
      });
      continue;
    }
    const candidates = bySkill.get(skill.id) ?? [];
    let cited = chooseResources(candidates, level, formats, inputs.startDate);
    const proposed = pers?.proposed[skill.id];
    if (proposed?.length) {
      const catalog = new Map(resources.map((r) => [normalizeUrl(r.url) ?? r.url, r]));
      const checked = verifyProposedResources(proposed, catalog, inputs.startDate);
      const known = new Set(cited.map((c) => c.id));
      cited = [...cited, ...checked.filter((c) => c.id === null || !known.has(c.id))].slice(0, 5);
    }
    const flags: StepFlag[] = [];
    for (const c of cited) {
      if (c.linkStatus === 'dead')
        flags.push({
          kind: 'dead_link',
          message: `"${c.title}" is a dead link; use the other sources.`,
          resourceId: c.id ?? undefined,
        });
      if (c.status === 'unverified' && c.linkStatus !== 'dead')
        flags.push({
          kind: 'unverified_resource',
          message: `"${c.title}" is unverified: ${c.why}`,
          ...(c.id ? { resourceId: c.id } : {}),
        });
      if (c.deprecated)
        flags.push({
          kind: 'deprecated',
          message: `"${c.title}" covers something deprecated: ${c.deprecated.note}`,
          ...(c.id ? { resourceId: c.id } : {}),
        });
    }
    const dep = deprecationOfSkill(skill.id);
    if (dep)
      flags.push({ kind: 'deprecated', message: `${skill.name} is ${dep.status}: ${dep.note}` });
    if (!candidates.length)
      flags.push({
        kind: 'no_catalog_source',
        message: `No catalog source covers ${skill.name} yet: treat this step's guidance as unverified.`,
      });
    const catalogCited = cited.filter((c) => c.proposedBy === 'catalog' || c.id);
    if (
      catalogCited.length &&
      !catalogCited.some(
        (c) => c.format && formats.some((f) => FORMAT_MATCH[f].includes(c.format!)),
      )
    ) {
      flags.push({
        kind: 'outside_context',
        message: `None of the cited sources is in your preferred formats (${formats.join(', ') || 'none set'}).`,
      });
    }
    const domain = domainOf(skill);
    if (
      inputs.profile.domains.length &&
      !inputs.profile.domains.includes(domain) &&
      !context.has(skill.id) &&
      !goalSet.has(skill.id)
    ) {
      flags.push({
        kind: 'outside_context',
        message: `${skill.name} is outside your stated domains (${inputs.profile.domains.join(', ')}); it is here as a prerequisite.`,
      });
    }
    for (const f of pers?.steps[skill.id]?.flags ?? [])
      flags.push({
        kind: f.kind,
        message: `"${f.text}": ${f.reason}`,
        text: f.text,
        reason: f.reason,
      });
    const agreement = pers?.agreement[skill.id];
    if (agreement !== undefined && agreement < 1) {
      flags.push({
        kind: 'contradiction',
        message: `Repeated model answers disagreed about this step (${Math.round(agreement * 100)}% agreement).`,
      });
    }
    const live = candidates.filter((r) => r.linkStatus !== 'dead');
    const publishers = [...new Set(live.map((r) => r.publisher))].sort();
    const advancesNames = o.advances
      .filter((a) => a !== skill.id)
      .map((a) => tax.skillById.get(a)?.name ?? a);
    const offlineExplanation =
      (o.reason === 'goal'
        ? `Part of your goal.`
        : `A prerequisite of ${advancesNames.join(', ')}.`) +
      (level > 0 ? ` You rated yourself ${LEVEL_NAME[level]}, so the estimate is reduced.` : '');
    const personal = pers?.steps[skill.id];
    steps.push({
      id: skill.id,
      skillId: skill.id,
      skillName: skill.name,
      reason: o.reason,
      objective: `Reach working level in ${skill.name}: ${lowerFirst(skill.description)}`,
      explanation: personal?.explanation ?? offlineExplanation,
      practiceTask: personal?.practiceTask ?? practiceTask(skill, inputs.resolved.text),
      hours: estimateHours(skill, level),
      heldLevel: level || null,
      prerequisites: o.prerequisites,
      advances: o.advances,
      resources: cited,
      confidence: scoreConfidence({ cited, publishers, modelAgreement: agreement }),
      flags,
    });
  }
  const schedule = scheduleSteps(steps, {
    startDate: inputs.startDate,
    deadline: inputs.deadline,
    weeklyHours: inputs.profile.weeklyHours,
    learningDays: inputs.profile.learningDays,
  });
  return {
    title: inputs.title,
    goal: {
      roleId: inputs.resolved.roleId,
      skillIds: inputs.resolved.skillIds,
      text: inputs.resolved.text,
      unresolved: inputs.resolved.unresolved,
      notes: inputs.resolved.notes,
    },
    skipped,
    steps,
    schedule,
    engine: pers
      ? { kind: 'model', note: pers.note }
      : {
          kind: 'offline',
          note: 'Planned offline from the skill taxonomy and the source catalog.',
        },
  };
}
