import type {
  BriefContent,
  BriefLevel,
  BriefScaffold,
  ScaffoldLevel,
} from '../../shared/practice.ts';
import type { TaxonomySkill } from '../radar/index.ts';
import type { PostingPatterns } from './posting-patterns.ts';
import { seededRandom } from './seeded-random.ts';
import type { PracticeTemplates } from './templates.ts';

/** Everything the offline brief engine needs; the same input always gives the same brief. */
export interface AssembleInput {
  skill: TaxonomySkill;
  level: BriefLevel;
  seed: string;
  scaffold: ScaffoldLevel;
  patterns: PostingPatterns;
  templates: PracticeTemplates;
  /** A posting the brief starts from: its text becomes the client's context. */
  post?: { title: string; text: string } | undefined;
}

const fill = (t: string, vars: Record<string, string>) =>
  t.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

/** The skill's domain, e.g. `data` for `data/analysis`. */
export function skillDomain(skill: TaxonomySkill): string {
  return skill.category.split('/')[0] ?? 'general';
}

/**
 * Builds a mock client brief offline from the templates and the person's posting patterns.
 * Pure: no clock, ids or store. Advanced briefs get more acceptance criteria and tighter
 * deadlines; the scaffold level decides whether a worked example or hints come with it.
 */
export function assembleBrief(input: AssembleInput): {
  content: BriefContent;
  scaffold: BriefScaffold;
} {
  const { skill, level, patterns, templates } = input;
  const rnd = seededRandom(`${input.seed}|${skill.id}|${level}`);
  const common = templates.common;
  const dom = templates.domains.get(skillDomain(skill)) ?? templates.domains.get('general')!;
  const persona = rnd.pick(common.personas);
  const deliverables = dom.deliverables[skill.kind] ?? dom.deliverables.default ?? [];
  const deliverable = fill(rnd.pick(deliverables), { skill: skill.name });
  const vars = {
    skill: skill.name,
    company: persona.company,
    persona: persona.name,
    deliverable_short:
      deliverable.split(/[,:]/)[0]?.replace(/^An? /, 'the ').toLowerCase() ?? 'work',
  };
  const context = input.post
    ? `${persona.company} posted this request: "${input.post.title}". ${input.post.text}`.slice(
        0,
        1800,
      )
    : [
        fill(rnd.pick(dom.contexts), vars),
        patterns.phrases.length
          ? `Similar real requests you imported say: "${rnd.pick(patterns.phrases)}"`
          : '',
      ]
        .filter(Boolean)
        .join(' ');

  const [bMin, bMax] = common.budgets[level];
  const [dMin, dMax] = common.deadlines[level];
  const postBudget = patterns.budgets.length ? median(patterns.budgets) : undefined;
  const postDays = patterns.deadlineDays.length ? median(patterns.deadlineDays) : undefined;
  const budget = Math.round(
    postBudget !== undefined ? Math.min(Math.max(postBudget, bMin), bMax * 2) : rnd.int(bMin, bMax),
  );
  const deadlineDays = Math.min(60, Math.max(1, Math.round(postDays ?? rnd.int(dMin, dMax))));
  const toolPool = patterns.tools.length ? patterns.tools : dom.tools;
  const tools = rnd.sample(toolPool, Math.min(3, toolPool.length)).sort();
  if (skill.kind === 'tool' || skill.kind === 'platform') tools.unshift(skill.name);

  const nCriteria = level === 'beginner' ? 3 : level === 'intermediate' ? 4 : 5;
  const acceptance = [...rnd.sample(dom.acceptance, nCriteria - 1), rnd.pick(common.acceptance)];
  const rubric = [...dom.rubric, ...common.rubric].slice(0, level === 'beginner' ? 4 : 6);

  const content: BriefContent = {
    title: `${skill.name} for ${persona.company}`,
    persona,
    context,
    deliverable,
    constraints: {
      deadlineDays,
      budget: { amount: Math.max(0, budget), currency: rnd.pick(common.currencies) },
      tone: rnd.pick(common.tones),
      tools: [...new Set(tools)].slice(0, 8),
    },
    acceptanceCriteria: acceptance,
    changeRequest: {
      at: level === 'beginner' ? 0.5 : rnd.pick([0.4, 0.5, 0.6]),
      text: fill(rnd.pick(common.changeRequests), vars),
    },
    rubric,
  };
  return { content, scaffold: scaffoldFor(input.scaffold, dom.workedExample, dom.hints, skill) };
}

function scaffoldFor(
  level: ScaffoldLevel,
  example: string,
  hints: string[],
  skill: TaxonomySkill,
): BriefScaffold {
  if (level === 'on_your_own') return { level, workedExample: null, hints: [] };
  const filled = hints.map((h) => fill(h, { skill: skill.name }));
  if (level === 'hints') return { level, workedExample: null, hints: filled.slice(0, 5) };
  return { level, workedExample: fill(example, { skill: skill.name }), hints: filled.slice(0, 5) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
