import { AppError } from '../../errors.ts';
import type { PathGoalInput, Plan } from '../../shared/paths.ts';
import type { Taxonomy } from '../radar/index.ts';
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

/** "by Friday" → the next Friday on or after `startDate`; "by 2026-04-01" → that date. */
export function deadlineInText(text: string, startDate: string): string | null {
  const iso = /\bby\s+(\d{4}-\d{2}-\d{2})\b/i.exec(text)?.[1];
  if (iso) return iso;
  const day =
    /\bby\s+(?:next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(
      text,
    )?.[1];
  if (!day) return null;
  const target = WEEKDAY.indexOf(day.toLowerCase());
  const from = new Date(`${startDate}T00:00:00Z`).getUTCDay();
  return addDays(startDate, (target - from + 7) % 7);
}

/**
 * Resolves a goal to taxonomy skills: a role's core skills, explicit skill ids, a radar
 * learn-next skill, or skills and a role named in free text (deprecated tools in the text
 * are replaced by their successors, with a note). Throws `invalid_input` for unknown ids and
 * when nothing in the goal maps to a skill.
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
  return { roleId, skillIds, text: goal.text ?? null, unresolved, notes, deadlineFromText };
}
