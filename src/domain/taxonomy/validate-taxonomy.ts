import { signalGroups } from './signal-groups.ts';
import { taskPhraseParts } from './task-phrases.ts';
import type { Taxonomy, TaxonomySkill } from './types.ts';

/** Official identifier and description sets to check crosswalks and descriptions against. */
export interface OfficialSets {
  escoSkillUris: Set<string>;
  escoOccupationUris: Set<string>;
  onetIds: Set<string>;
  officialDescriptions: Set<string>;
}

/**
 * Surface forms that are everyday English words (or otherwise easily misread) and so need
 * `ambiguity.contextTerms` before an extractor may trust a bare mention. Normalised form.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `
  access acrobat affinity agile airflow amazon amplitude android angular animate apache apollo
  argo assembly astro athena audition azure babel basecamp bash bedrock blender bolt bootstrap
  bridge bubble buffer bun capacitor cassandra chef chroma claude clay close cohere confluence
  content copilot copper cordova crisp crystal cursor cypress dart dash docker docs domo dovetail
  drift drip drive dynamics electron elm ember excel expo express flask flutter flux
  forms front fusion gemini ghost git glide glue go gong greenhouse grok grunt gulp gusto harvest
  heap helm hex hive hugo hunter illustrator instantly intercom ionic java jekyll jenkins jest
  julia kafka keynote kit lambda later lean less lever llama looker loom lovable make maya maze
  medium meet mode monday mongoose mural mocha next nest node notion nuke numbers office oracle
  outlook outreach packer pages pandas parcel perplexity phoenix pinecone playwright postman
  prefect premiere principle prisma procreate project prometheus publisher puppet python react
  remix render replicate resolve rest rollup ruby runway rust sage salt sanity sap sas sass
  scrum seamless segment selenium sentry shell sheets shiny sigma sketch slack soap solid spark
  spring square storm storybook stripe superset surfer swift tableau tailwind tally teams
  transformers unity unreal vault vertex wave whimsical whisper windows windsurf word workable
  zoom canvas eclipse vagrant workday bullhorn
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lowercases, strips accents, and collapses every run of punctuation/whitespace (except + and #) to one space. */
export function normaliseTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

function surfaceForms(s: TaxonomySkill): string[] {
  return [s.name, ...s.aliases, ...s.abbreviations];
}

function hasContext(s: TaxonomySkill): boolean {
  return (s.ambiguity?.contextTerms.length ?? 0) > 0;
}

function duplicateIds(t: Taxonomy): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of [...t.skills.map((s) => s.id), ...t.roles.map((r) => `role:${r.id}`)]) {
    if (seen.has(id)) problems.push(`duplicate id "${id}"`);
    seen.add(id);
  }
  return problems;
}

function references(t: Taxonomy, ids: Set<string>): string[] {
  const problems: string[] = [];
  for (const s of t.skills) {
    for (const field of ['related', 'prerequisites', 'broader'] as const) {
      for (const ref of s[field] ?? []) {
        if (ref === s.id) problems.push(`skill "${s.id}" lists itself in ${field}`);
        else if (!ids.has(ref)) problems.push(`skill "${s.id}" ${field} has unknown id "${ref}"`);
      }
    }
  }
  for (const r of t.roles) {
    for (const field of ['core', 'optional'] as const) {
      for (const ref of r[field]) {
        if (!ids.has(ref)) problems.push(`role "${r.id}" ${field} has unknown id "${ref}"`);
      }
    }
    if (r.core.length < 5 || r.core.length > 9) {
      problems.push(`role "${r.id}" has ${r.core.length} core skills (needs 5–9)`);
    }
    if (r.optional.length < 3 || r.optional.length > 10) {
      problems.push(`role "${r.id}" has ${r.optional.length} optional skills (needs 3–10)`);
    }
    const overlap = r.core.filter((id) => r.optional.includes(id));
    if (overlap.length > 0)
      problems.push(`role "${r.id}" lists ${overlap.join(', ')} as core and optional`);
  }
  return problems;
}

/** Cycles through a skill field that must be acyclic (`prerequisites`, `broader`). */
function cycles(t: Taxonomy, field: 'prerequisites' | 'broader'): string[] {
  const problems: string[] = [];
  const label = field === 'prerequisites' ? 'prerequisite' : 'broader';
  const prereqs = new Map(t.skills.map((s) => [s.id, s[field] ?? []]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of prereqs.get(id) ?? []) {
      if (next === id || !prereqs.has(next)) continue;
      const st = state.get(next);
      if (st === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join(',');
        if (!reported.has(key)) problems.push(`${label} cycle: ${cycle.join(' -> ')}`);
        reported.add(key);
      } else if (st === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const s of t.skills) if (!state.has(s.id)) visit(s.id);
  return problems;
}

function surfaceCollisions(t: Taxonomy): string[] {
  const problems: string[] = [];
  const owners = new Map<string, Set<TaxonomySkill>>();
  for (const s of t.skills) {
    for (const form of surfaceForms(s)) {
      const key = normaliseTerm(form);
      if (!key) {
        problems.push(`skill "${s.id}" has an empty name/alias "${form}" after normalisation`);
        continue;
      }
      const set = owners.get(key) ?? new Set<TaxonomySkill>();
      set.add(s);
      owners.set(key, set);
      const isShort = key.replace(/ /g, '').length <= 2;
      if ((isShort || COMMON_WORDS.has(key)) && !hasContext(s)) {
        const why = isShort ? 'is 2 characters or fewer' : 'is a common word';
        problems.push(`skill "${s.id}" alias "${form}" ${why} but has no ambiguity.contextTerms`);
      }
    }
  }
  for (const [key, set] of owners) {
    if (set.size < 2) continue;
    const list = [...set];
    if (list.every(hasContext)) continue;
    const ids = list.map((s) => s.id).join(', ');
    problems.push(
      `name/alias "${key}" collides between ${ids} without ambiguity.contextTerms on all`,
    );
  }
  return problems;
}

/** Practitioners: lowercase words, each given for one skill only. */
function practitioners(t: Taxonomy): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const s of t.skills) {
    for (const p of s.practitioners ?? []) {
      // Words the tokenizer keeps whole: no hyphen ("picker packer", not "picker-packer").
      if (!/^[a-z][a-z' ]*$/.test(p))
        problems.push(`skill "${s.id}" practitioner "${p}" must be lowercase words`);
      const prev = owner.get(p);
      if (prev && prev !== s.id)
        problems.push(`practitioner "${p}" is given for both ${prev} and ${s.id}`);
      owner.set(p, s.id);
    }
  }
  return problems;
}

/** Phrases that need context (`senseContext.phrases`) are names of their own skill. */
function contextPhrases(t: Taxonomy): string[] {
  const problems: string[] = [];
  for (const s of t.skills) {
    const names = new Set(surfaceForms(s).map((f) => normaliseTerm(f)));
    for (const p of s.senseContext?.phrases ?? []) {
      if (!names.has(normaliseTerm(p)))
        problems.push(`skill "${s.id}" sense phrase "${p}" is not one of its names or aliases`);
    }
  }
  return problems;
}

function descriptions(t: Taxonomy, official: OfficialSets | undefined): string[] {
  const problems: string[] = [];
  const officialNorm = official
    ? new Set([...official.officialDescriptions].map((d) => d.trim().toLowerCase()))
    : undefined;
  const items = [
    ...t.skills.map((s) => ({ what: `skill "${s.id}"`, d: s.description })),
    ...t.roles.map((r) => ({ what: `role "${r.id}"`, d: r.description })),
  ];
  for (const { what, d } of items) {
    const words = d.trim().split(/\s+/).length;
    if (words < 10 || words > 30)
      problems.push(`${what} description has ${words} words (needs 10–30)`);
    if (officialNorm?.has(d.trim().toLowerCase())) {
      problems.push(`${what} description copies an official ESCO/O*NET description`);
    }
  }
  return problems;
}

function crosswalks(t: Taxonomy, official: OfficialSets): string[] {
  const problems: string[] = [];
  for (const s of t.skills) {
    for (const uri of s.crosswalk.esco) {
      if (!official.escoSkillUris.has(uri))
        problems.push(`skill "${s.id}" has unknown ESCO skill "${uri}"`);
    }
    for (const id of s.crosswalk.onet) {
      if (!official.onetIds.has(id)) problems.push(`skill "${s.id}" has unknown O*NET id "${id}"`);
    }
  }
  for (const r of t.roles) {
    for (const uri of r.crosswalk.esco) {
      if (!official.escoOccupationUris.has(uri)) {
        problems.push(`role "${r.id}" has unknown ESCO occupation "${uri}"`);
      }
    }
    for (const id of r.crosswalk.onet) {
      if (!official.onetIds.has(id)) problems.push(`role "${r.id}" has unknown O*NET id "${id}"`);
    }
  }
  return problems;
}

/**
 * Records `key` (said as `what`) for skill `id`: a problem when the skill repeats it (`own`, the
 * skill's keys so far) or another skill gave it (`owner`, every skill's keys so far).
 */
function claim(
  owner: Map<string, string>,
  own: Set<string>,
  id: string,
  key: string,
  what: string,
  problems: string[],
): void {
  if (own.has(key)) problems.push(`skill "${id}" repeats ${what}`);
  own.add(key);
  const other = owner.get(key);
  if (other && other !== id) problems.push(`${what} is given for both ${other} and ${id}`);
  owner.set(key, id);
}

/**
 * Task phrases (`tasks`): each a verb and at least one object word ("send invoices"), lowercase
 * words only, not repeated, and not the same phrase for two skills (a request would then name
 * both).
 */
function taskPhrases(t: Taxonomy): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const s of t.skills) {
    const own = new Set<string>();
    for (const phrase of s.tasks ?? []) {
      if (!/^[a-z][a-z' -]*$/.test(phrase) || !taskPhraseParts(phrase)) {
        problems.push(
          `skill "${s.id}" task "${phrase}" must be lowercase words: a verb, then its object`,
        );
      }
      claim(owner, own, s.id, phrase, `task "${phrase}"`, problems);
    }
  }
  return problems;
}

/**
 * Outcome signals (`signals`): each two or three groups of one-to-three-word lowercase
 * alternatives (`signalGroups`), not repeated, no alternative in two groups of one signal, and
 * not the same signal for two skills (a request would then point to both).
 */
function outcomeSignals(t: Taxonomy): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const s of t.skills) {
    const own = new Set<string>();
    for (const signal of s.signals ?? []) {
      const groups = signalGroups(signal);
      if (!groups) {
        problems.push(
          `skill "${s.id}" signal "${signal}" must be 2 or 3 groups joined by " + ", each of "|"-separated lowercase alternatives of 1 to 3 words`,
        );
        continue;
      }
      const seen = new Set<string>();
      for (const a of groups.flat()) {
        if (seen.has(a)) problems.push(`skill "${s.id}" signal "${signal}" repeats "${a}"`);
        seen.add(a);
        // The matcher skips a refusal (a denial and a want: "no need") and "looking for"
        // (seeking): such an alternative could never match.
        if (
          /\b(?:not|no|never|nor|without|\w+n't)\s+(?:need|needs|needed|want|wants|wanted|looking|interested|asking|require|required|expect|expecting|planning)\b|^look(?:ing)? for\b/.test(
            a,
          )
        )
          problems.push(
            `skill "${s.id}" signal "${signal}" alternative "${a}" is a refusal or "looking for", which never match`,
          );
      }
      const key = groups
        .map((g) => [...g].sort().join('|'))
        .sort()
        .join(' + ');
      claim(owner, own, s.id, key, `signal "${signal}"`, problems);
    }
  }
  return problems;
}

/**
 * Checks a taxonomy's integrity: ids, references, prerequisite and broader-skill cycles, role sizes, name/alias
 * collisions, ambiguous aliases, task phrases, description length/originality and (given
 * `official`) crosswalk ids. Returns human-readable problems; an empty list means valid.
 * Throws nothing.
 */
export function validateTaxonomy(t: Taxonomy, official?: OfficialSets): string[] {
  const ids = new Set(t.skills.map((s) => s.id));
  return [
    ...duplicateIds(t),
    ...references(t, ids),
    ...cycles(t, 'prerequisites'),
    ...cycles(t, 'broader'),
    ...surfaceCollisions(t),
    ...taskPhrases(t),
    ...contextPhrases(t),
    ...practitioners(t),
    ...outcomeSignals(t),
    ...descriptions(t, official),
    ...(official ? crosswalks(t, official) : []),
  ];
}
