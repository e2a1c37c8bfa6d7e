import type { Velocity } from '../../shared/progress.ts';
import type { Ctx } from '../ctx.ts';
import { getProgressView } from '../notifications/index.ts';
import { gatherProgress, type ProgressData } from './gather.ts';
import { daysBetween, median } from './time.ts';

/** Fewest people whose numbers may be aggregated and shown to someone else. */
export const VELOCITY_K = 5;

const min = (ds: Date[]) =>
  ds.length ? new Date(Math.min(...ds.map((d) => d.getTime()))) : undefined;

/**
 * Per skill: when the person started (first time logged or first step done) and first showed
 * it applied (first evidence entry other than a ticked path step, or first reviewed practice
 * brief). Pure.
 */
export function skillVelocity(d: ProgressData): Velocity['skills'] {
  const skills = new Set<string>();
  for (const l of d.logs) if (l.skill_id) skills.add(l.skill_id);
  for (const p of d.paths)
    for (const s of p.steps) if (s.done) for (const k of s.skillIds) skills.add(k);
  const rows: Velocity['skills'] = [];
  for (const skillId of [...skills].sort()) {
    const started = min([
      ...d.logs.filter((l) => l.skill_id === skillId).map((l) => new Date(l.started_at)),
      ...d.paths.flatMap((p) =>
        p.steps.filter((s) => s.skillIds.includes(skillId) && s.doneAt).map((s) => s.doneAt!),
      ),
    ]);
    if (!started) continue;
    // Applying a skill: any entry but a ticked path step (reading a step is learning, not
    // applying), or a reviewed practice brief.
    const evidence = min([
      ...d.evidence
        .filter((e) => e.kind !== 'path_step' && e.skillIds.includes(skillId))
        .map((e) => e.at),
      ...d.practice.filter((r) => r.skillId === skillId).map((r) => r.at),
    ]);
    const days = evidence ? Math.max(0, daysBetween(started, evidence)) : null;
    rows.push({
      skillId,
      startedAt: started.toISOString(),
      firstEvidenceAt: evidence?.toISOString() ?? null,
      days,
    });
  }
  return rows;
}

/**
 * Learning velocity: days from starting each skill to first evidence of applying it, the
 * person's own median, and per skill the median of other people — only when at least
 * VELOCITY_K others have both numbers (others' figures are never shown individually).
 */
export async function getVelocity(ctx: Ctx, userId: string): Promise<Velocity> {
  const view = await getProgressView(ctx, userId);
  const d = await gatherProgress(ctx, userId, view.busyWeeks);
  const skills = skillVelocity(d);
  const own = skills.map((s) => s.days).filter((x): x is number => x !== null);
  const others: Velocity['others'] = [];
  for (const s of skills) {
    const starts = await ctx.store.progress.firstLogPerUser(s.skillId);
    const firsts = new Map(
      (await ctx.store.practice.firstReviewedBriefPerUser(s.skillId)).map((r) => [
        r.user_id,
        new Date(r.at),
      ]),
    );
    const days: number[] = [];
    for (const st of starts) {
      if (st.user_id === userId) continue;
      const ev = firsts.get(st.user_id);
      if (ev) days.push(Math.max(0, daysBetween(new Date(st.at), ev)));
    }
    if (days.length >= VELOCITY_K)
      others.push({ skillId: s.skillId, people: days.length, medianDays: median(days) ?? 0 });
  }
  return { skills, ownMedianDays: median(own), others, k: VELOCITY_K };
}
