import type { Taxonomy } from '../radar/index.ts';

/** A skill in the path and why it is there. */
export interface OrderedSkill {
  skillId: string;
  reason: 'goal' | 'prerequisite';
  /** Prerequisites of this skill that are in the path or held. */
  prerequisites: string[];
  /** Goal skills this one leads to (itself when it is a goal skill). */
  advances: string[];
}

/**
 * Expands goal skills with every missing prerequisite (transitively) and orders them so
 * each skill comes after its prerequisites. Ties keep the goal's order (prerequisites just
 * before the first goal skill that needs them), then id order, so the result is stable.
 * `preferredOrder` (e.g. from a model) reorders only where prerequisites allow. Prerequisites
 * of `held` skills are not expanded (the held skills themselves stay, to be reported skipped).
 */
export function orderSteps(
  tax: Taxonomy,
  goalSkills: string[],
  preferredOrder: string[] = [],
  held: ReadonlySet<string> = new Set(),
): OrderedSkill[] {
  const goal = new Set(goalSkills);
  const inPath = new Set<string>();
  const advances = new Map<string, Set<string>>();
  const visit = (id: string, root: string, stack: Set<string>) => {
    if (stack.has(id)) return;
    const a = advances.get(id) ?? new Set<string>();
    a.add(root);
    advances.set(id, a);
    inPath.add(id);
    // Someone who holds a skill already has what it builds on.
    if (held.has(id)) return;
    stack.add(id);
    for (const p of tax.skillById.get(id)?.prerequisites ?? []) {
      if (tax.skillById.has(p)) visit(p, root, stack);
    }
    stack.delete(id);
  };
  for (const g of goalSkills) visit(g, g, new Set());

  // Rank: model order first when given, then position of the first goal skill it advances.
  const goalPos = new Map(goalSkills.map((g, i) => [g, i]));
  const pref = new Map(preferredOrder.map((g, i) => [g, i]));
  const rank = (id: string): [number, number, string] => {
    const firstGoal = Math.min(...[...(advances.get(id) ?? [])].map((g) => goalPos.get(g) ?? 1e9));
    return [pref.get(id) ?? 1e9, firstGoal, id];
  };
  const cmp = (a: string, b: string) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || (ra[2] < rb[2] ? -1 : ra[2] > rb[2] ? 1 : 0);
  };

  const prereqs = (id: string) =>
    (tax.skillById.get(id)?.prerequisites ?? []).filter((p) => inPath.has(p));
  const indegree = new Map<string, number>();
  for (const id of inPath) indegree.set(id, prereqs(id).length);
  const ready = [...inPath].filter((id) => indegree.get(id) === 0).sort(cmp);
  const order: string[] = [];
  while (order.length < inPath.size) {
    const next = ready.shift();
    if (next === undefined) {
      // A prerequisite cycle in the data: place the rest in rank order rather than loop.
      for (const id of [...inPath].filter((x) => !order.includes(x)).sort(cmp)) order.push(id);
      break;
    }
    order.push(next);
    for (const id of inPath) {
      if (!prereqs(id).includes(next)) continue;
      const d = (indegree.get(id) ?? 0) - 1;
      indegree.set(id, d);
      if (d === 0) {
        ready.push(id);
        ready.sort(cmp);
      }
    }
  }
  return order.map((id) => ({
    skillId: id,
    reason: goal.has(id) ? 'goal' : 'prerequisite',
    prerequisites: tax.skillById.get(id)?.prerequisites ?? [],
    advances: [...(advances.get(id) ?? [])].sort(
      (a, b) => (goalPos.get(a) ?? 0) - (goalPos.get(b) ?? 0),
    ),
  }));
}
