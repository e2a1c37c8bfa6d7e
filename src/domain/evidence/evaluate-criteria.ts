import { AppError } from '../../errors.ts';
import {
  type AssuranceLevel,
  type CredentialLevel,
  type CriteriaStatus,
  EVIDENCE_KIND_LABELS,
  INDEPENDENT_ASSURANCE,
} from '../../shared/evidence.ts';
import type { EvidenceEntryRow } from '../../store/repos/evidence-repo.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../radar/index.ts';
import { assessEntries, assuranceOf } from './assess-entries.ts';
import { type CriteriaRule, criteriaRuleFor, type Requirement } from './criteria-rules.ts';

function isReviewed(entry: EvidenceEntryRow, all: EvidenceEntryRow[]): boolean {
  if (entry.kind === 'peer_validation') return true;
  const data = entry.data as Record<string, unknown>;
  if (data.reviewed === true) return true;
  return all.some(
    (e) =>
      e.relates_to === entry.id && (e.kind === 'practice_review' || e.kind === 'peer_validation'),
  );
}

function matching(
  req: Requirement,
  forSkill: EvidenceEntryRow[],
  all: EvidenceEntryRow[],
  backed: boolean,
) {
  return forSkill.filter(
    (e) =>
      req.kinds.includes(e.kind as never) &&
      // A ticked path step is the person's word: it counts only beside something measured.
      (e.kind !== 'path_step' || backed) &&
      (req.condition !== 'reviewed' || isReviewed(e, all)),
  );
}

/** Human text of a rule, used as the credential's criteria narrative. */
export function ruleNarrative(
  skillName: string,
  level: CredentialLevel,
  rule: CriteriaRule,
): string {
  const parts = rule.requirements.map(
    (r) => `- ${r.label} (${r.kinds.map((k) => EVIDENCE_KIND_LABELS[k]).join(' or ')})`,
  );
  const independent =
    level === 'foundational'
      ? ''
      : '\nand at least one entry confirmed by a client or reviewed by a qualified peer; without it the credential is issued as self-reported and says so.';
  return `Awarded at ${level} level in ${skillName} when the holder's hash-chained evidence ledger on this Skilltrace instance shows:\n${parts.join('\n')}${independent}`;
}

/**
 * Pure: how far `entries` (the user's live ledger entries) meet `rule` for `skillId`.
 * Every requirement lists the entries that count and, when unmet, what is missing. Working
 * and advanced levels also ask for one independent entry (`assurance`: peer-reviewed or
 * client-confirmed); without it the rule is still met but `selfReported` is set. Path
 * steps (ticked by the person) count only when some entry of the skill is more than
 * self-reported (a submitted deliverable, a review, a confirmation).
 */
export function evaluateRule(
  skill: { id: string; name: string },
  level: CredentialLevel,
  rule: CriteriaRule,
  entries: EvidenceEntryRow[],
  assurance: Map<string, AssuranceLevel> = new Map(),
): CriteriaStatus {
  const live = entries.filter((e) => !e.deleted_at);
  const forSkill = live.filter((e) => (e.skills as string[]).includes(skill.id));
  const used = new Set<string>();
  const levelOf = (e: EvidenceEntryRow) => assurance.get(e.id) ?? assuranceOf(e).level;
  const backed = forSkill.some((e) => levelOf(e) !== 'self_reported');
  const requirements = rule.requirements.map((req) => {
    // An entry counts once across requirements, so one entry cannot satisfy the whole rule.
    const ids = matching(req, forSkill, live, backed)
      .map((e) => e.id)
      .filter((id) => !used.has(id))
      .slice(0, req.min);
    for (const id of ids) used.add(id);
    const met = ids.length >= req.min;
    return {
      id: req.id,
      label: req.label,
      needed: req.min,
      have: ids.length,
      met,
      entryIds: ids,
      missing: met ? null : `${req.label} for ${skill.name} (have ${ids.length} of ${req.min})`,
    };
  });
  const met = requirements.every((r) => r.met);
  const independent = forSkill.filter((e) => INDEPENDENT_ASSURANCE.includes(levelOf(e)));
  if (level !== 'foundational') {
    const label = 'An entry confirmed by a client or reviewed by a qualified peer';
    requirements.push({
      id: 'independent',
      label,
      needed: 1,
      have: independent.length,
      met: independent.length > 0,
      entryIds: independent.slice(0, 1).map((e) => e.id),
      missing:
        independent.length > 0
          ? null
          : `${label} for ${skill.name} (without it the credential says it is self-reported)`,
    });
  }
  const cited = new Set(requirements.flatMap((r) => r.entryIds));
  return {
    skillId: skill.id,
    skillName: skill.name,
    level,
    met,
    narrative: ruleNarrative(skill.name, level, rule),
    requirements,
    missing: requirements.flatMap((r) => (r.missing ? [r.missing] : [])),
    selfReported: !independent.some((e) => cited.has(e.id)),
  };
}

/** Whether the user's ledger meets the credential rule of `skillId` at `level`. Throws `not_found` for an unknown skill. */
export async function criteriaStatus(
  ctx: Ctx,
  userId: string,
  skillId: string,
  level: CredentialLevel,
): Promise<CriteriaStatus> {
  const skill = getTaxonomy().skillById.get(skillId);
  if (!skill) throw new AppError('not_found', `Unknown skill ${skillId}`);
  const entries = await ctx.store.evidence.listEntries(userId);
  const assessed = await assessEntries(ctx, entries);
  const levels = new Map([...assessed].map(([id, a]) => [id, a.level]));
  return evaluateRule(skill, level, criteriaRuleFor(skill, level), entries, levels);
}

/**
 * The public description of the achievement behind `achievementId` URLs: name, skill
 * description and criteria narrative. Throws `not_found` for an unknown skill or level.
 */
export function describeAchievement(
  skillId: string,
  level: string,
): {
  name: string;
  description: string;
  narrative: string;
  skillId: string;
  level: CredentialLevel;
} {
  const skill = getTaxonomy().skillById.get(skillId);
  const lvl = (['foundational', 'working', 'advanced'] as const).find((l) => l === level);
  if (!skill || !lvl) throw new AppError('not_found', 'No such achievement');
  return {
    name: `${skill.name} — ${lvl} level`,
    description: skill.description,
    narrative: ruleNarrative(skill.name, lvl, criteriaRuleFor(skill, lvl)),
    skillId,
    level: lvl,
  };
}
