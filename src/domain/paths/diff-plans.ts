import type { DiffChange, PathDiff, Plan, PlanStep } from '../../shared/paths.ts';
import type { PlanInputs } from './plan-types.ts';

const LEVEL = ['new', 'Aware', 'Beginner', 'Working', 'Advanced', 'Expert'];
const lvl = (n: number | undefined) => LEVEL[n ?? 0] ?? String(n);

/** Plain-language reasons for each difference between two plans' inputs. */
export function explainInputChanges(a: PlanInputs, b: PlanInputs): string[] {
  const out: string[] = [];
  if (JSON.stringify(a.goal) !== JSON.stringify(b.goal)) out.push('The goal changed.');
  const skills = new Set([...Object.keys(a.profile.skills), ...Object.keys(b.profile.skills)]);
  for (const id of [...skills].sort()) {
    const x = a.profile.skills[id];
    const y = b.profile.skills[id];
    if (x === y) continue;
    if ((y ?? 0) >= 3 && (x ?? 0) < 3) out.push(`Profile: you now hold ${id} (${lvl(y)}).`);
    else if ((x ?? 0) >= 3 && (y ?? 0) < 3)
      out.push(`Profile: ${id} is no longer marked as held (${lvl(y)}).`);
    else out.push(`Profile: your level in ${id} changed from ${lvl(x)} to ${lvl(y)}.`);
  }
  if (a.profile.weeklyHours !== b.profile.weeklyHours)
    out.push(
      `Profile: weekly learning hours changed from ${a.profile.weeklyHours} to ${b.profile.weeklyHours}.`,
    );
  if (a.profile.learningDays.join() !== b.profile.learningDays.join())
    out.push(
      `Profile: learning days changed from ${a.profile.learningDays.join(', ') || 'none'} to ${b.profile.learningDays.join(', ') || 'none'}.`,
    );
  if (a.profile.timeZone !== b.profile.timeZone)
    out.push(
      `Profile: time zone changed from ${a.profile.timeZone ?? 'UTC'} to ${b.profile.timeZone}.`,
    );
  if (a.profile.preferredStart !== b.profile.preferredStart)
    out.push(
      `Profile: sessions now start at ${b.profile.preferredStart} (was ${a.profile.preferredStart ?? '09:00'}).`,
    );
  if (a.profile.formats.join() !== b.profile.formats.join())
    out.push(
      `Profile: preferred formats changed from ${a.profile.formats.join(', ') || 'none'} to ${b.profile.formats.join(', ') || 'none'}.`,
    );
  if (
    a.profile.domains.join() !== b.profile.domains.join() ||
    a.profile.targetRoles.join() !== b.profile.targetRoles.join()
  )
    out.push('Profile: your domains or target roles changed.');
  const busyA = a.availability?.busyWeeks ?? {};
  const busyB = b.availability?.busyWeeks ?? {};
  for (const w of [...new Set([...Object.keys(busyA), ...Object.keys(busyB)])].sort()) {
    if (busyA[w] === busyB[w]) continue;
    const h = busyB[w];
    out.push(
      h === undefined
        ? `The week of ${w} is no longer marked busy.`
        : `The week of ${w} is marked busy (${h === 0 ? 'no learning' : `${h} h for learning`}).`,
    );
  }
  if (JSON.stringify(a.availability?.blocks ?? {}) !== JSON.stringify(b.availability?.blocks ?? {}))
    out.push('Your calendar changed: sessions move to the free times around it.');
  if (b.pace && b.pace !== a.pace) out.push(b.pace);
  const ra = a.readiness ?? {};
  for (const [id, r] of Object.entries(b.readiness ?? {})) {
    const was = ra[id];
    if (!was || (was.accuracy === r.accuracy && was.answered === r.answered)) continue;
    out.push(
      r.ready !== was.ready
        ? `Practice exam: ${id} is ${r.ready ? 'now ready' : 'no longer ready'} (${Math.round(r.accuracy * 100)}% of your last ${r.answered} answers).`
        : `Practice exam: your accuracy on ${id} moved from ${Math.round(was.accuracy * 100)}% to ${Math.round(r.accuracy * 100)}% (last ${r.answered} answers).`,
    );
  }
  if (a.startDate !== b.startDate)
    out.push(`Start date moved from ${a.startDate} to ${b.startDate}.`);
  if (a.deadline !== b.deadline)
    out.push(`Deadline moved from ${a.deadline ?? 'none'} to ${b.deadline ?? 'none'}.`);
  if (a.taxonomyVersion !== b.taxonomyVersion) out.push('The skill taxonomy was updated.');
  if (a.deprecationsVersion !== b.deprecationsVersion)
    out.push('The deprecation list was updated.');
  if (a.engine !== b.engine) out.push('The planning rules were updated.');
  const ma = a.model
    ? `${a.model.model}/${a.model.promptVersion}${a.model.fallback ? ` (failed: ${a.model.fallback})` : ''}`
    : 'offline';
  const mb = b.model
    ? `${b.model.model}/${b.model.promptVersion}${b.model.fallback ? ` (failed: ${b.model.fallback})` : ''}`
    : 'offline';
  if (ma !== mb) out.push(`Planner changed from ${ma} to ${mb}.`);
  const ca = new Map(a.catalog.map((c) => [c.id, c]));
  const cb = new Map(b.catalog.map((c) => [c.id, c]));
  for (const [id, c] of cb) {
    const old = ca.get(id);
    if (!old) out.push(`Catalog: new resource "${c.title}".`);
    else {
      if (old.linkStatus !== c.linkStatus)
        out.push(`Catalog: "${c.title}" link is now ${c.linkStatus} (was ${old.linkStatus}).`);
      if (old.deprecated !== c.deprecated)
        out.push(
          `Catalog: "${c.title}" is now ${c.deprecated ? 'marked deprecated' : 'no longer deprecated'}.`,
        );
      if (old.fp !== c.fp) out.push(`Catalog: details of "${c.title}" changed.`);
      if (old.freshness !== c.freshness && old.linkStatus === c.linkStatus)
        out.push(`Catalog: "${c.title}" link check is now ${c.freshness}.`);
    }
  }
  for (const [id, c] of ca)
    if (!cb.has(id))
      out.push(`Catalog: "${c.title}" is no longer in the catalog for these skills.`);
  return out;
}

function stepReasons(
  id: string,
  a: PlanInputs,
  b: PlanInputs,
  inputReasons: string[],
  kind: DiffChange['kind'],
): string[] {
  const mention = inputReasons.filter(
    (r) => r.includes(` ${id} `) || r.includes(` ${id}.`) || r.includes(` ${id} (`),
  );
  const out = [...mention];
  const x = a.profile.skills[id];
  const y = b.profile.skills[id];
  if (kind === 'removed' && (y ?? 0) >= 3 && !mention.length) out.push(`You now hold ${id}.`);
  if (kind === 'removed' && !b.resolved.skillIds.includes(id) && a.resolved.skillIds.includes(id))
    out.push('It is no longer part of the goal.');
  if (kind === 'added' && !a.resolved.skillIds.includes(id) && b.resolved.skillIds.includes(id))
    out.push('The goal now includes it.');
  if (kind === 'hours_changed' && x !== y && !mention.length)
    out.push(`Your level changed from ${lvl(x)} to ${lvl(y)}.`);
  if (out.length === 0) {
    const general = inputReasons.filter((r) =>
      /goal|taxonomy|Planner|hold|held|planning rules/.test(r),
    );
    out.push(
      ...(general.length ? general : ['Follows from the input changes listed for this version.']),
    );
  }
  return out;
}

function resourceReasons(s1: PlanStep, s2: PlanStep, a: PlanInputs, b: PlanInputs): string[] {
  const ids1 = new Set(s1.resources.map((r) => r.id ?? r.url));
  const ids2 = new Set(s2.resources.map((r) => r.id ?? r.url));
  const cb = new Map(b.catalog.map((c) => [c.id, c]));
  const ca = new Map(a.catalog.map((c) => [c.id, c]));
  const out: string[] = [];
  for (const r of s1.resources) {
    const key = r.id ?? r.url;
    if (ids2.has(key)) continue;
    const now = r.id ? cb.get(r.id) : undefined;
    if (!now) out.push(`"${r.title}" is no longer in the catalog.`);
    else if (now.linkStatus !== r.linkStatus)
      out.push(`"${r.title}" was dropped: its link is now ${now.linkStatus}.`);
    else if (now.deprecated) out.push(`"${r.title}" was dropped: it is now marked deprecated.`);
    else out.push(`"${r.title}" was replaced by a better fit.`);
  }
  for (const r of s2.resources) {
    const key = r.id ?? r.url;
    if (ids1.has(key)) continue;
    if (r.id && !ca.has(r.id)) out.push(`"${r.title}" is new in the catalog.`);
    else if (r.proposedBy === 'model')
      out.push(`"${r.title}" was proposed by the model (${r.status}).`);
    else out.push(`"${r.title}" now fits better.`);
  }
  if (a.profile.formats.join() !== b.profile.formats.join())
    out.push('Your preferred formats changed.');
  return out;
}

/**
 * Compares two versions of a plan step by step: added, removed, moved, resources changed,
 * hours changed; each change with the reasons drawn from what changed in the inputs. Pure.
 */
export function diffPlans(
  from: { version: number; plan: Plan; inputs: PlanInputs },
  to: { version: number; plan: Plan; inputs: PlanInputs },
): PathDiff {
  const a = from.inputs;
  const b = to.inputs;
  const inputChanges = explainInputChanges(a, b);
  const s1 = new Map(from.plan.steps.map((s) => [s.id, s]));
  const s2 = new Map(to.plan.steps.map((s) => [s.id, s]));
  const changes: DiffChange[] = [];
  const step = (s: PlanStep, kind: 'removed' | 'added', detail: string) =>
    changes.push({
      kind,
      stepId: s.id,
      skillName: s.skillName,
      detail,
      reasons: stepReasons(s.id, a, b, inputChanges, kind),
    });
  for (const s of from.plan.steps) {
    if (!s2.has(s.id)) step(s, 'removed', `Step "${s.skillName}" removed.`);
  }
  for (const s of to.plan.steps) {
    if (!s1.has(s.id)) step(s, 'added', `Step "${s.skillName}" added (${s.reason}).`);
  }
  const common1 = from.plan.steps.filter((s) => s2.has(s.id)).map((s) => s.id);
  const common2 = to.plan.steps.filter((s) => s1.has(s.id)).map((s) => s.id);
  common2.forEach((id, i) => {
    const j = common1.indexOf(id);
    if (j !== i) {
      const st = s2.get(id)!;
      changes.push({
        kind: 'moved',
        stepId: id,
        skillName: st.skillName,
        detail: `Moved from position ${j + 1} to ${i + 1} among the steps both versions share.`,
        reasons: stepReasons(id, a, b, inputChanges, 'moved'),
      });
    }
  });
  for (const id of common2) {
    const x = s1.get(id)!;
    const y = s2.get(id)!;
    const r1 = x.resources.map((r) => r.id ?? r.url).join();
    const r2 = y.resources.map((r) => r.id ?? r.url).join();
    if (r1 !== r2)
      changes.push({
        kind: 'resources_changed',
        stepId: id,
        skillName: y.skillName,
        detail: 'Cited resources changed.',
        reasons: resourceReasons(x, y, a, b),
      });
    if (x.hours !== y.hours)
      changes.push({
        kind: 'hours_changed',
        stepId: id,
        skillName: y.skillName,
        detail: `Estimate changed from ${x.hours} h to ${y.hours} h.`,
        reasons: stepReasons(id, a, b, inputChanges, 'hours_changed'),
      });
  }
  return {
    from: from.version,
    to: to.version,
    inputChanges,
    changes,
    scheduleChanged: JSON.stringify(from.plan.schedule) !== JSON.stringify(to.plan.schedule),
  };
}
