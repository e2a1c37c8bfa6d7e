import type { PathView } from '../../shared/paths.ts';
import type { Outline } from '../../shared/peers.ts';
import type { Brief } from '../../shared/practice.ts';
import type { Taxonomy } from '../radar/index.ts';

/**
 * "Share the process, not the product": a path as its steps' titles, objectives, hours and
 * verified catalog resources. The title is rebuilt from the goal's role or skills, because a
 * person's own title may name a client; no progress, notes or schedule. Pure.
 */
export function pathOutline(path: PathView, taxonomy: Taxonomy): Outline {
  const role = path.plan.goal.roleId
    ? taxonomy.roleById.get(path.plan.goal.roleId)?.name
    : undefined;
  const skills = [...new Set(path.plan.steps.map((s) => s.skillId))];
  const names = path.plan.steps.map((s) => s.skillName);
  return {
    kind: 'path',
    title: role
      ? `Path towards ${role}`
      : `Learning path: ${names.slice(0, 4).join(', ')}${names.length > 4 ? '…' : ''}`,
    skills,
    steps: path.plan.steps.map((s) => ({
      title: s.skillName,
      objective: s.objective,
      hours: s.hours,
      resources: s.resources
        .filter((r) => r.status === 'verified')
        .map((r) => ({ title: r.title, url: r.url, publisher: r.publisher })),
    })),
  };
}

function scrubber(words: string[]): (s: string) => string {
  const parts = words
    .map((w) => w.trim())
    .filter((w) => w.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!parts.length) return (s) => s;
  const re = new RegExp(parts.join('|'), 'gi');
  return (s) => s.replace(re, 'the client');
}

/**
 * A practice brief as its process: the rubric criteria and acceptance criteria to work through
 * and the tools, with the client persona's name and company removed; never the context, the
 * deliverable, the budget or any submission. Pure.
 */
export function briefOutline(brief: Brief, taxonomy: Taxonomy): Outline {
  const p = brief.content.persona;
  const scrub = scrubber([p.name, p.company, ...p.name.split(/\s+/).filter((x) => x.length >= 3)]);
  const skill = taxonomy.skillById.get(brief.skillId)?.name ?? brief.skillId;
  const tools = brief.content.constraints.tools;
  return {
    kind: 'practice',
    title: `${skill} practice brief (${brief.level})`,
    skills: [brief.skillId],
    steps: [
      {
        title: 'Plan the work',
        objective: `Deliver within ${brief.content.constraints.deadlineDays} days${tools.length ? ` using ${tools.join(', ')}` : ''}, expecting one change request.`,
        hours: null,
        resources: [],
      },
      ...brief.content.acceptanceCriteria.map((c, i) => ({
        title: `Acceptance check ${i + 1}`,
        objective: scrub(c),
        hours: null,
        resources: [],
      })),
      ...brief.content.rubric.map((c) => ({
        title: scrub(c.title),
        objective: scrub(c.description),
        hours: null,
        resources: [],
      })),
    ],
  };
}
