import type { TaxonomySkill } from '../radar/index.ts';
import type { PostLike } from './user-posts.ts';

/** What a brief borrows from real postings: phrases, budgets, deadlines and tools. */
export interface PostingPatterns {
  /** Sentences from postings that mention the skill (trimmed, at most 240 characters). */
  phrases: string[];
  /** Budget amounts found in postings (whole currency units). */
  budgets: number[];
  /** Deadlines in days found in postings. */
  deadlineDays: number[];
  /** Tools from the template list the postings mention. */
  tools: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mentions(text: string, names: string[]): boolean {
  return names.some((n) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(n)}($|[^\\p{L}\\p{N}])`, 'iu').test(text),
  );
}

/**
 * Reads the patterns of real postings for a skill: a posting counts when its extracted skills
 * include the skill or its text names it (name, alias or abbreviation). Pure and deterministic.
 */
export function postingPatterns(
  posts: PostLike[],
  skill: TaxonomySkill,
  toolNames: string[],
): PostingPatterns {
  const names = [skill.name, ...skill.aliases, ...skill.abbreviations];
  const out: PostingPatterns = { phrases: [], budgets: [], deadlineDays: [], tools: [] };
  const tools = new Set<string>();
  for (const p of posts) {
    const text = `${p.title}. ${p.text}`.slice(0, 20_000);
    if (!p.skillIds.includes(skill.id) && !mentions(text, names)) continue;
    for (const s of text.split(/(?<=[.!?])\s+|\n+/)) {
      const t = s.trim();
      if (t.length >= 20 && mentions(t, names) && out.phrases.length < 5)
        out.phrases.push(t.length > 240 ? `${t.slice(0, 237)}...` : t);
    }
    for (const m of `${p.budget ?? ''} ${text}`.matchAll(/[$€£]\s?(\d{2,6}(?:[.,]\d{3})*)/g)) {
      const n = Number((m[1] ?? '').replace(/[.,]/g, ''));
      if (n >= 20 && n <= 100_000) out.budgets.push(n);
    }
    for (const m of text.matchAll(/\b(\d{1,2})\s*(day|days|week|weeks)\b/gi)) {
      const n = Number(m[1]) * (/week/i.test(m[2] ?? '') ? 7 : 1);
      if (n >= 1 && n <= 60) out.deadlineDays.push(n);
    }
    for (const tool of toolNames) if (mentions(text, [tool])) tools.add(tool);
  }
  out.tools = [...tools].sort();
  return out;
}
