import { AppError } from '../../errors.ts';
import type { PathGoalInput, Plan } from '../../shared/paths.ts';
import type { Taxonomy } from '../radar/index.ts';
import { getCertifications } from '../taxonomy/index.ts';
import { deprecationsInText } from './catalog-data.ts';
import { matchSkills } from './match-skills.ts';

const WEEKDAY = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A goal turned into taxonomy ids, plus a deadline when the text names one ("by Friday"). */
export interface ResolvedGoal extends Omit<Plan['goal'], never> {
  deadlineFromText: string | null;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A deadline named in goal text, relative to `startDate` (the person's today): "by Friday" is
 * the coming Friday (so said on a Friday it means next Friday, unless it says "today"), as
 * is "by next Friday"; "today", "tomorrow", "in 3 days", "in 2 weeks",
 * "by the end of the week" (Sunday), "by the end of the month" and ISO dates are understood.
 */
export function deadlineInText(text: string, startDate: string): string | null {
  const t = text.toLowerCase();
  const iso = /\b(?:by|before|until|on)?\s*(\d{4}-\d{2}-\d{2})\b/.exec(t)?.[1];
  if (iso) return iso;
  const from = new Date(`${startDate}T00:00:00Z`).getUTCDay();
  const rel = /\bin\s+(\d{1,3}|a|one|two|three|four|five|six)\s+(day|week)s?\b/.exec(t);
  if (rel) {
    const words: Record<string, number> = {
      a: 1,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
    };
    const n = words[rel[1]!] ?? Number(rel[1]);
    return addDays(startDate, rel[2] === 'week' ? n * 7 : n);
  }
  if (/\b(?:by|for|until)\s+(?:end of\s+)?today\b|\btonight\b/.test(t)) return startDate;
  if (/\b(?:by|for|until)\s+tomorrow\b/.test(t)) return addDays(startDate, 1);
  if (/\bby\s+the\s+end\s+of\s+(?:the|this)\s+week\b|\bby\s+end\s+of\s+week\b/.test(t))
    return addDays(startDate, (7 - from) % 7);
  if (/\bby\s+the\s+end\s+of\s+(?:the|this)\s+month\b|\bby\s+end\s+of\s+month\b/.test(t)) {
    const d = new Date(`${startDate}T00:00:00Z`);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))
      .toISOString()
      .slice(0, 10);
  }
  const m =
    /\b(?:by|before|until|on)\s+(next\s+|this\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(\s+(?:\(?today\)?))?/.exec(
      t,
    );
  if (!m) return null;
  const target = WEEKDAY.indexOf(m[2]!);
  let ahead = (target - from + 7) % 7;
  // Said on that very weekday it means a week later, unless the person says "today".
  if (ahead === 0 && !m[3]) ahead = 7;
  return addDays(startDate, ahead);
}

/**
 * Resolves a goal to taxonomy skills: a role's core skills, explicit skill ids, a radar
 * learn-next skill, the skills of a certification's exam objectives, or skills and a role
 * named in free text (deprecated tools in the text are replaced by their successors, with a
 * note). Throws `invalid_input` for unknown ids and when nothing in the goal maps to a skill.
 */
export function resolveGoal(tax: Taxonomy, goal: PathGoalInput, startDate: string): ResolvedGoal {
  const skillIds: string[] = [];
  const notes: string[] = [];
  const unresolved: string[] = [];
  const add = (id: string) => {
    if (!skillIds.includes(id)) skillIds.push(id);
  };
  let roleId: string | null = null;
  if (goal.roleId) {
    const role = tax.roleById.get(goal.roleId);
    if (!role)
      throw new AppError('invalid_input', `Unknown role "${goal.roleId}"`, {
        details: { issues: [{ path: 'goal.roleId', message: 'unknown role' }] },
      });
    roleId = role.id;
    role.core.forEach(add);
    if (role.optional.length)
      notes.push(
        `Covers the ${role.core.length} core skills of ${role.name}; optional skills (${role.optional.length}) are left out.`,
      );
  }
  for (const [i, id] of [
    ...(goal.skillIds ?? []),
    ...(goal.learnNextSkillId ? [goal.learnNextSkillId] : []),
  ].entries()) {
    if (!tax.skillById.has(id))
      throw new AppError('invalid_input', `Unknown skill "${id}"`, {
        details: { issues: [{ path: `goal.skillIds.${i}`, message: 'unknown skill' }] },
      });
    add(id);
  }
  let certificationId: string | undefined;
  if (goal.certificationId) {
    const cert = getCertifications().get(goal.certificationId);
    if (!cert)
      throw new AppError('invalid_input', `Unknown certification "${goal.certificationId}"`, {
        details: { issues: [{ path: 'goal.certificationId', message: 'unknown certification' }] },
      });
    certificationId = cert.id;
    for (const o of cert.objectives) o.skills.filter((s) => tax.skillById.has(s)).forEach(add);
    notes.push(
      `Follows the ${cert.objectives.length} exam objectives of ${cert.name}, weighted as ${cert.weightSource === 'official' ? 'the official exam guide weights them' : 'the catalog estimates (the issuer publishes no weights)'}; your practice-exam readiness moves the plan.`,
    );
  }
  let deadlineFromText: string | null = null;
  if (goal.text) {
    const text = goal.text;
    if (!roleId) {
      const lower = text.toLowerCase();
      const role = tax.roles.find((r) => lower.includes(r.name.toLowerCase()));
      if (role) {
        roleId = role.id;
        role.core.forEach(add);
        notes.push(
          `"${role.name}" in your goal: its ${role.core.length} core skills are included.`,
        );
      }
    }
    for (const m of matchSkills(tax, text)) add(m.skillId);
    for (const d of deprecationsInText(text)) {
      if (d.successor && tax.skillById.has(d.successor.skillId)) {
        add(d.successor.skillId);
        notes.push(`${d.note} The path teaches ${d.successor.name} instead.`);
      } else notes.push(d.note);
    }
    deadlineFromText = deadlineInText(text, startDate);
    if (skillIds.length === 0) unresolved.push(text);
  }
  if (skillIds.length === 0) {
    throw new AppError(
      'invalid_input',
      'No skill of the taxonomy matches this goal; name a tool, skill or role, or pick skills by id',
      {
        details: { issues: [{ path: 'goal', message: 'no skill found' }] },
      },
    );
  }
  return {
    roleId,
    skillIds,
    ...(certificationId ? { certificationId } : {}),
    text: goal.text ?? null,
    unresolved,
    notes,
    deadlineFromText,
  };
}
