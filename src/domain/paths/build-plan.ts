import type { Plan, PlanStep, StepFlag } from '../../shared/paths.ts';
import type { Taxonomy, TaxonomySkill } from '../radar/index.ts';
import { getCertification } from '../taxonomy/index.ts';
import { normalizeUrl, scoreConfidence, verifyProposedResources } from '../verify/index.ts';
import { deprecationOfSkill, getCatalogData, type SeedResource } from './catalog-data.ts';
import { belowHeld, chooseForObjective, FORMAT_MATCH } from './choose-resources.ts';
import { expandObjectives } from './expand-objectives.ts';
import { orderSteps } from './order-steps.ts';
import { certificationSteps } from './plan-certification.ts';
import { planSchedule } from './plan-schedule.ts';
import type { CatalogResource, Personalisation, PlanInputs } from './plan-types.ts';
import { resourceFlags } from './resource-flags.ts';

/** Level from which a skill counts as held (3 = working). */
export const HELD_LEVEL = 3;
const LEVEL_FACTOR = [1, 0.85, 0.6];
const LEVEL_NAME = ['', 'Aware', 'Beginner', 'Working', 'Advanced', 'Expert'];

/** Hours to reach working level from `level` (0 = new), in half hours, at least 1. */
export function estimateHours(skill: TaxonomySkill, level: number): number {
  const f = LEVEL_FACTOR[Math.min(Math.max(level, 0), 2)] ?? 1;
  return Math.max(1, Math.round(skill.hoursToWorking * f * 2) / 2);
}

let seedByUrl: Map<string, SeedResource> | undefined;
/** The starter catalog by normalised address, built once. */
function catalogByUrl(): Map<string, SeedResource> {
  seedByUrl ??= new Map(getCatalogData().resources.map((r) => [normalizeUrl(r.url) ?? r.url, r]));
  return seedByUrl;
}

const domainOf = (s: TaxonomySkill) => s.category.split('/')[0] ?? '';
/** A skill's name as a sentence's subject: lower-case names ("pandas") get "The skill" first. */
const subject = (name: string) => (/^[a-z]/.test(name) ? `The skill ${name}` : name);

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
  // A model orders steps; skills follow the first place any of their objectives takes.
  const skillOrder = [...new Set((pers?.order ?? []).map((id) => id.split('/')[0] ?? id))];
  const ordered = orderSteps(tax, inputs.resolved.skillIds, skillOrder, held);
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
  // A certification goal follows the exam objectives instead of the skills' own objectives.
  const certId = inputs.resolved.certificationId;
  if (certId)
    steps.push(...certificationSteps(tax, getCertification(certId), inputs, bySkill, pers));
  for (const o of certId ? [] : ordered) {
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
    const skillFlags: StepFlag[] = [];
    const dep = deprecationOfSkill(skill.id);
    if (dep)
      skillFlags.push({
        kind: 'deprecated',
        message: `${subject(skill.name)} is ${dep.status}: ${dep.note}`,
      });
    if (!candidates.length)
      skillFlags.push({
        kind: 'no_catalog_source',
        message: `No catalog source covers ${skill.name} yet: treat this step's guidance as unverified.`,
      });
    const domain = domainOf(skill);
    if (
      inputs.profile.domains.length &&
      !inputs.profile.domains.includes(domain) &&
      !context.has(skill.id) &&
      !goalSet.has(skill.id)
    ) {
      skillFlags.push({
        kind: 'outside_context',
        message: `${subject(skill.name)} is outside your stated domains (${inputs.profile.domains.join(', ')}); it is here as a prerequisite.`,
      });
    }
    const live = candidates.filter((r) => r.linkStatus !== 'dead');
    const publishers = [...new Set(live.map((r) => r.publisher))].sort();
    const advancesNames = o.advances
      .filter((a) => a !== skill.id)
      .map((a) => tax.skillById.get(a)?.name ?? a);
    const why =
      (o.reason === 'goal'
        ? `Part of your goal.`
        : `A prerequisite of ${advancesNames.join(', ')}.`) +
      (level > 0 ? ` You rated yourself ${LEVEL_NAME[level]}, so the estimate is reduced.` : '');
    const used = new Set<string>();
    // Objectives of one skill often cite the same sources: score each set once.
    const scored = new Map<string, PlanStep['confidence']>();
    const confidenceOf = (cited: PlanStep['resources'], agreement: number | undefined) => {
      const key = `${agreement}|${cited.map((c) => `${c.id ?? c.url}:${c.status}:${c.linkStatus}:${c.freshness}`).join('|')}`;
      let conf = scored.get(key);
      if (!conf) {
        conf = scoreConfidence({ cited, publishers, modelAgreement: agreement });
        scored.set(key, conf);
      }
      return conf;
    };
    for (const [k, obj] of expandObjectives(skill, estimateHours(skill, level), level).entries()) {
      let cited = chooseForObjective(
        candidates,
        level,
        obj.stage,
        formats,
        inputs.startDate,
        used,
        {
          hours: obj.hours,
          levels,
        },
      );
      const proposed = pers?.proposed[obj.id] ?? (k === 0 ? pers?.proposed[skill.id] : undefined);
      if (proposed?.length) {
        const catalog = new Map(resources.map((r) => [normalizeUrl(r.url) ?? r.url, r]));
        // A catalog source counts for this step only when the catalog lists it for this skill:
        // one listed for other skills only (Python docs on a negotiation step) is in the catalog
        // but not a source for this, so it stays unverified and lends no authority.
        const checked = verifyProposedResources(proposed, catalog, inputs.startDate).map((c) => {
          const r = c.id ? catalogByUrl().get(normalizeUrl(c.url) ?? c.url) : undefined;
          if (!r || r.skills.includes(skill.id)) return c;
          const listed = r.skills.map((s) => tax.skillById.get(s)?.name ?? s);
          return {
            ...c,
            status: 'unverified' as const,
            why: `Proposed by the model; the catalog lists this source for ${listed.join(', ') || 'other topics'}, not for ${skill.name}, so it is not counted as a source for this step.`,
          };
        });
        const known = new Set(cited.map((c) => c.id));
        // A model may propose a catalog resource the offline choice would never cite:
        // beginner material on what the person already holds is dropped.
        const fits = (c: PlanStep['resources'][number]) => {
          const r = catalogByUrl().get(normalizeUrl(c.url) ?? c.url);
          return !r || !belowHeld(r, level, { hours: obj.hours, levels });
        };
        cited = [
          ...cited,
          ...checked.filter((c) => (c.id === null || !known.has(c.id)) && fits(c)),
        ].slice(0, 5);
      }
      const agreement = pers?.agreement[obj.id] ?? pers?.agreement[skill.id];
      const flags = [...resourceFlags(cited), ...(k === 0 ? skillFlags : [])];
      if (!cited.length && candidates.length)
        flags.push({
          kind: 'no_catalog_source',
          message: `The catalog's sources on ${skill.name} are beginner material on what you already know, so this step cites none.`,
        });
      const catalogCited = cited.filter(
        (c) => c.status === 'verified' && (c.proposedBy === 'catalog' || c.id),
      );
      if (
        k === 0 &&
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
      // Any disagreement between samples is worth a look (2 of 3 included).
      if (agreement !== undefined && agreement < 1) {
        flags.push({
          kind: 'contradiction',
          message: `Repeated model answers disagreed about this step (${Math.round(agreement * 100)}% agreement).`,
        });
      }
      const personal = pers?.steps[obj.id];
      // Claim-check flags on the model's text for this objective (or, for the first
      // objective, on text the model wrote for the whole skill).
      const claimFlags = personal?.flags ?? (k === 0 ? pers?.steps[skill.id]?.flags : undefined);
      for (const f of claimFlags ?? [])
        flags.push({
          kind: f.kind,
          message: `"${f.text}": ${f.reason}`,
          text: f.text,
          reason: f.reason,
        });
      // Keys in sorted order: the plan's canonical JSON then needs no re-sorted copy.
      steps.push({
        advances: o.advances,
        confidence: confidenceOf(cited, agreement),
        explanation: personal?.explanation ?? why,
        flags,
        heldLevel: level || null,
        hours: obj.hours,
        id: obj.id,
        objective: `${obj.title}: afterwards you can ${obj.outcome}.`,
        practiceTask:
          personal?.practiceTask ??
          obj.practiceTask +
            (inputs.resolved.text
              ? ` Tie it to your goal ("${inputs.resolved.text.slice(0, 120)}").`
              : ''),
        prerequisites: o.prerequisites,
        reason: o.reason,
        resources: cited,
        skillId: skill.id,
        skillName: skill.name,
        stage: obj.stage,
        title: obj.title,
        weight: obj.weight,
      });
    }
  }
  const fitted = planSchedule(steps, inputs);
  return {
    title: inputs.title,
    goal: {
      roleId: inputs.resolved.roleId,
      skillIds: inputs.resolved.skillIds,
      ...(certId ? { certificationId: certId } : {}),
      text: inputs.resolved.text,
      unresolved: inputs.resolved.unresolved,
      notes: inputs.resolved.notes,
    },
    skipped,
    steps: fitted.steps,
    schedule: fitted.schedule,
    deferred: fitted.deferred ?? [],
    alternatives: fitted.alternatives ?? [],
    engine: pers
      ? { kind: 'model', note: pers.note }
      : {
          kind: 'offline',
          note: 'Planned offline from the skill taxonomy and the source catalog.',
        },
  };
}
