import type { Ctx } from '../ctx.ts';
import type { TaxonomySkill } from '../taxonomy/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';

export interface SkillSummary {
  id: string;
  name: string;
  category: string;
  domain: string;
  description: string;
  aliases: string[];
}

/** The skill as pickers and lists show it. */
export function summarizeSkill(s: TaxonomySkill): SkillSummary {
  return {
    id: s.id,
    name: s.name,
    category: s.category,
    domain: s.category.split('/')[0] ?? '',
    description: s.description,
    aliases: [...s.aliases, ...s.abbreviations],
  };
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();

/**
 * Finds taxonomy skills for a picker: exact name or alias first, then prefix, then substring
 * matches, in a stable order. An empty query lists skills (of `domain`, if given) by name.
 */
export function searchSkills(
  _ctx: Ctx | undefined,
  query: { q?: string; domain?: string; limit?: number },
): SkillSummary[] {
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 100);
  const q = fold(query.q ?? '');
  const scored: { s: TaxonomySkill; score: number }[] = [];
  for (const s of getTaxonomy().skills) {
    if (query.domain && !s.category.startsWith(`${query.domain}/`)) continue;
    if (!q) {
      scored.push({ s, score: 0 });
      continue;
    }
    let best = 0;
    for (const [i, label] of [s.name, ...s.aliases, ...s.abbreviations].entries()) {
      const l = fold(label);
      const w = i === 0 ? 1 : 0.9;
      if (l === q) best = Math.max(best, 4 * w);
      else if (l.startsWith(q)) best = Math.max(best, 3 * w);
      else if (l.split(' ').some((t) => t.startsWith(q))) best = Math.max(best, 2 * w);
      else if (l.includes(q)) best = Math.max(best, 1 * w);
    }
    if (best > 0) scored.push({ s, score: best });
  }
  scored.sort(
    (a, b) => b.score - a.score || a.s.name.localeCompare(b.s.name) || a.s.id.localeCompare(b.s.id),
  );
  return scored.slice(0, limit).map((x) => summarizeSkill(x.s));
}
