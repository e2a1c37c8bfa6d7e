import type { Taxonomy, TaxonomySkill } from '../radar/index.ts';

/** A skill named in a text, with the words that named it. */
export interface SkillMention {
  skillId: string;
  name: string;
  matched: string;
  start: number;
}

interface PhraseIndex {
  /** First token → phrases (token arrays) with their skill, longest first. */
  byFirst: Map<string, Array<{ tokens: string[]; skill: TaxonomySkill; ambiguous: boolean }>>;
}

const cache = new WeakMap<Taxonomy, PhraseIndex>();
const COMMON = new Set([
  'go',
  'r',
  'c',
  'excel',
  'react',
  'swift',
  'rust',
  'express',
  'spark',
  'flask',
  'sketch',
  'notion',
  'loom',
  'zoom',
  'slack',
  'make',
  'canva',
  'ghost',
  'framer',
  'later',
  'buffer',
  'clay',
  'lean',
  'dart',
  'next',
  'vue',
  'ruby',
  'shiny',
]);

function tokenize(text: string): Array<{ t: string; start: number }> {
  const out: Array<{ t: string; start: number }> = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu)) {
    out.push({ t: m[0].toLowerCase().replace(/\.+$/, ''), start: m.index ?? 0 });
  }
  return out;
}

function buildIndex(tax: Taxonomy): PhraseIndex {
  const byFirst: PhraseIndex['byFirst'] = new Map();
  for (const skill of tax.skills) {
    const labels = new Set([skill.name, ...skill.aliases, ...skill.abbreviations]);
    for (const label of labels) {
      const tokens = tokenize(label.replace(/\([^)]*\)/g, ' ')).map((x) => x.t);
      if (tokens.length === 0) continue;
      const single = tokens.length === 1 ? tokens[0]! : '';
      const ambiguous =
        single !== '' && (single.length <= 2 || COMMON.has(single) || Boolean(skill.ambiguity));
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ tokens, skill, ambiguous });
      byFirst.set(tokens[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

/**
 * Finds taxonomy skills named in `text` by name, alias or abbreviation (longest phrase wins,
 * case-insensitive). A short or common-word label ("R", "Go", "Excel", "React") counts only
 * when written with its capitals or next to one of the skill's context terms. In text order.
 */
export function matchSkills(tax: Taxonomy, text: string): SkillMention[] {
  let index = cache.get(tax);
  if (!index) {
    index = buildIndex(tax);
    cache.set(tax, index);
  }
  const toks = tokenize(text);
  const lower = text.toLowerCase();
  const out: SkillMention[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < toks.length; ) {
    const cands = index.byFirst.get(toks[i]!.t);
    let advanced = false;
    for (const c of cands ?? []) {
      if (i + c.tokens.length > toks.length) continue;
      if (!c.tokens.every((t, k) => toks[i + k]!.t === t)) continue;
      const start = toks[i]!.start;
      const raw = text.slice(start, start + c.tokens.join(' ').length);
      if (c.ambiguous) {
        const capitalised = raw !== raw.toLowerCase() || /\d/.test(raw);
        const context = c.skill.ambiguity?.contextTerms.some((t) =>
          lower.includes(t.toLowerCase()),
        );
        if (!capitalised && !context) continue;
        if (raw.length <= 2 && raw !== raw.toUpperCase() && !context) continue;
      }
      if (!seen.has(c.skill.id)) {
        seen.add(c.skill.id);
        out.push({ skillId: c.skill.id, name: c.skill.name, matched: raw, start });
      }
      i += c.tokens.length;
      advanced = true;
      break;
    }
    if (!advanced) i += 1;
  }
  return out;
}
