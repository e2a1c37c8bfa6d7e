import type { TaxonomySkill } from '../radar/index.ts';

/** Longest objective (hours); longer ones are split into numbered parts. */
export const MAX_OBJECTIVE_HOURS = 6;
/** Shortest objective (hours): a unit worth sitting down for. */
export const MIN_OBJECTIVE_HOURS = 1;

/** Where in learning a skill an objective sits; picks resource level and format. */
export type ObjectiveStage = 'intro' | 'core' | 'apply' | 'check';

/** One learning unit of a skill: 1–6 hours with its own task. Ids are stable per skill. */
export interface SkillObjective {
  /** Stable step id: `<skillId>/<key>`. */
  id: string;
  key: string;
  title: string;
  stage: ObjectiveStage;
  hours: number;
  /** Relative weight (exam weight for certification objectives), used when time is short. */
  weight: number;
  /** What the person can do afterwards. */
  outcome: string;
  practiceTask: string;
  /** Part `part` of `parts` when a long objective is split. */
  part: number;
  parts: number;
}

interface Template {
  key: string;
  stage: ObjectiveStage;
  share: number;
  title: (n: string) => string;
  outcome: (n: string) => string;
  task: (n: string, material: string) => string;
}

const T = (
  key: string,
  stage: ObjectiveStage,
  share: number,
  title: Template['title'],
  outcome: Template['outcome'],
  task: Template['task'],
): Template => ({ key, stage, share, title, outcome, task });

const TOOL: Template[] = [
  T(
    'orientation',
    'intro',
    0.15,
    (n) => `Find your way around ${n}`,
    (n) => `set up ${n}, know its main screens and where its documentation lives`,
    (n, m) =>
      `Set up ${n} and open ${m}; write down the five screens or commands you will use most.`,
  ),
  T(
    'core-workflows',
    'core',
    0.35,
    (n) => `Core ${n} workflows`,
    (n) => `carry out the everyday ${n} tasks a client expects without looking each one up`,
    (n, m) => `Repeat the three most common ${n} tasks on ${m} until each takes minutes.`,
  ),
  T(
    'client-deliverable',
    'apply',
    0.3,
    (n) => `Produce a client deliverable in ${n}`,
    (n) => `deliver a finished piece of ${n} work end to end`,
    (n, m) =>
      `Turn ${m} into the result a client would receive from ${n}, ready to send, with a short cover note.`,
  ),
  T(
    'quality-checks',
    'check',
    0.2,
    (n) => `Check and hand over ${n} work`,
    (n) => `find and fix common mistakes in ${n} work before a client sees it`,
    (n) =>
      `Review your ${n} deliverable against a checklist of five things a client would notice, and fix what you find.`,
  ),
];

const CODE: Template[] = [
  T(
    'fundamentals',
    'intro',
    0.2,
    (n) => `${n} fundamentals`,
    (n) => `read and write basic ${n} with confidence`,
    (n) => `Work through ten short ${n} exercises and keep your solutions in one file.`,
  ),
  T(
    'core-features',
    'core',
    0.35,
    (n) => `Build with the core features of ${n}`,
    (n) => `use the parts of ${n} that most client projects need`,
    (n, m) => `Solve one task from ${m} in ${n}, using its standard library or conventions.`,
  ),
  T(
    'small-project',
    'apply',
    0.3,
    (n) => `A small working ${n} project`,
    (n) => `ship a small ${n} project with a README a client could follow`,
    (n, m) =>
      `Build a small ${n} project around ${m}; keep the code and a README explaining your choices.`,
  ),
  T(
    'debug-test',
    'check',
    0.15,
    (n) => `Debug and test ${n} code`,
    (n) => `find bugs in ${n} code and prove it works with tests`,
    (n) => `Add tests to your ${n} project and fix the first bug they find.`,
  ),
];

const METHOD: Template[] = [
  T(
    'principles',
    'intro',
    0.2,
    (n) => `Principles of ${n}`,
    (n) => `explain what ${n} is for and when a client needs it`,
    (n) => `Write half a page on when ${n} helps a client and when it does not.`,
  ),
  T(
    'techniques',
    'core',
    0.35,
    (n) => `${n}: the techniques, step by step`,
    (n) => `apply the main techniques of ${n} in the right order`,
    (n, m) => `Apply ${n} to ${m}, one technique at a time, and note each decision.`,
  ),
  T(
    'apply-to-brief',
    'apply',
    0.3,
    (n) => `Apply ${n} to a client brief`,
    (n) => `use ${n} on a realistic client problem and present the result`,
    (n, m) => `Use ${n} on ${m} and write a one-page summary of the result for the client.`,
  ),
  T(
    'review-explain',
    'check',
    0.15,
    (n) => `Review and explain ${n} results`,
    (n) => `check ${n} work for weak spots and explain the result plainly`,
    (n) =>
      `Review your ${n} summary as a sceptical client would, and rewrite the weakest paragraph.`,
  ),
];

const KNOWLEDGE: Template[] = [
  T(
    'key-concepts',
    'intro',
    0.3,
    (n) => `Key concepts of ${n}`,
    (n) => `name and define the key concepts of ${n}`,
    (n) => `Make a one-page glossary of the ten terms of ${n} you meet most often.`,
  ),
  T(
    'worked-examples',
    'core',
    0.35,
    (n) => `${n} in worked examples`,
    (n) => `follow and reproduce worked examples of ${n}`,
    (n, m) => `Work through one example of ${n} using ${m}, showing each step.`,
  ),
  T(
    'explain-to-client',
    'apply',
    0.35,
    (n) => `Explain ${n} to a client`,
    (n) => `explain ${n} to a client in plain words, with an example from their work`,
    (n, m) => `Write a one-page note a client could follow on ${n}, with one example from ${m}.`,
  ),
];

const SOFT: Template[] = [
  T(
    'foundations',
    'intro',
    0.3,
    (n) => `Foundations of ${n}`,
    (n) => `describe what good ${n} looks like in client work`,
    (n) =>
      `List three moments in recent client work where ${n} mattered and what good looked like.`,
  ),
  T(
    'practice-situations',
    'core',
    0.4,
    (n) => `${n} in practice situations`,
    (n) => `use ${n} deliberately in a realistic situation`,
    (n, m) => `Role-play ${m} with ${n} in mind, then write down what worked.`,
  ),
  T(
    'reflect-improve',
    'check',
    0.3,
    (n) => `Reflect on and improve your ${n}`,
    (n) => `spot what to improve in your own ${n}`,
    (n) => `Use ${n} in your next client interaction and note one thing you would change.`,
  ),
];

const BY_KIND: Record<string, Template[]> = {
  tool: TOOL,
  platform: TOOL,
  language: CODE,
  framework: CODE,
  method: METHOD,
  knowledge: KNOWLEDGE,
};

/** What a client would hand over to work on, by the skill's domain. */
export function materialFor(skill: TaxonomySkill): string {
  const domain = skill.category.split('/')[0] ?? '';
  if (domain === 'data') return 'a small client dataset';
  if (domain === 'writing' || domain === 'copywriting') return 'a client’s draft text';
  if (domain === 'design') return 'a client’s brand brief';
  if (domain === 'marketing') return 'a client’s landing page';
  return 'a small client request';
}

const half = (h: number) => Math.round(h * 2) / 2;
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The skill's name as it reads inside a sentence: common nouns ("Data analysis") start in
 * lower case; product names, acronyms and one-word names ("Scrum", "SQL") keep their case.
 */
export function nameInSentence(skill: Pick<TaxonomySkill, 'name' | 'kind'>): string {
  const words = skill.name.split(' ');
  const generic = skill.kind === 'method' || skill.kind === 'knowledge' || skill.kind === 'soft';
  const first = words[0] ?? '';
  const plainFirst = /^[A-Z][a-z]+$/.test(first);
  const restLower = words.slice(1).every((w) => !/[A-Z]/.test(w));
  return generic && words.length > 1 && plainFirst && restLower
    ? first.toLowerCase() + skill.name.slice(first.length)
    : skill.name;
}

/**
 * Splits `total` hours into `n` parts of whole half hours that add up to the total (rounded
 * to half hours), larger parts first.
 */
function splitHours(total: number, n: number): number[] {
  const halves = Math.round(total * 2);
  const base = Math.floor(halves / n);
  return Array.from({ length: n }, (_, i) => (base + (i < halves - base * n ? 1 : 0)) / 2);
}

/**
 * Expands a skill into learning objectives of 1–6 hours each (longer ones split into numbered
 * parts), from templates per skill kind; `totalHours` is the skill's estimate for this person.
 * Someone already at beginner level (2) skips the introductory objective. Pure and
 * deterministic: the same skill and hours always give the same ids, titles and hours.
 */
export function expandObjectives(
  skill: TaxonomySkill,
  totalHours: number,
  level = 0,
): SkillObjective[] {
  let templates = BY_KIND[skill.kind] ?? SOFT;
  if (level >= 2) templates = templates.filter((t) => t.stage !== 'intro');
  // A short skill keeps only as many objectives as whole hours, most essential (core) first.
  const maxCount = Math.max(1, Math.floor(totalHours / MIN_OBJECTIVE_HOURS));
  if (templates.length > maxCount) {
    const rank: ObjectiveStage[] = ['core', 'apply', 'intro', 'check'];
    const keep = new Set(
      [...templates]
        .sort((a, b) => rank.indexOf(a.stage) - rank.indexOf(b.stage))
        .slice(0, maxCount)
        .map((t) => t.key),
    );
    templates = templates.filter((t) => keep.has(t.key));
  }
  const shareSum = templates.reduce((s, t) => s + t.share, 0);
  const material = materialFor(skill);
  const out: SkillObjective[] = [];
  const name = nameInSentence(skill);
  for (const t of templates) {
    const hours = half(Math.max(MIN_OBJECTIVE_HOURS, (totalHours * t.share) / shareSum));
    const parts = Math.ceil(hours / MAX_OBJECTIVE_HOURS);
    const partHours = splitHours(hours, parts);
    for (let p = 1; p <= parts; p++) {
      const key = parts > 1 ? `${t.key}-${p}` : t.key;
      out.push({
        id: `${skill.id}/${key}`,
        key,
        title: upperFirst(parts > 1 ? `${t.title(name)} (part ${p} of ${parts})` : t.title(name)),
        stage: t.stage,
        hours: Math.max(MIN_OBJECTIVE_HOURS, partHours[p - 1] ?? MIN_OBJECTIVE_HOURS),
        weight: t.share,
        outcome: t.outcome(name),
        practiceTask: upperFirst(t.task(name, material)),
        part: p,
        parts,
      });
    }
  }
  return out;
}
