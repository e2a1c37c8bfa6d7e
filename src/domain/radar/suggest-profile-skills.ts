import { parseInput } from '../../errors.ts';
import { OnboardingInput, type SkillSuggestion } from '../../shared/radar.ts';
import { getProfile } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { extractFromText } from './get-skill-index.ts';

/** A piece of a CV or résumé, where it came from, and the level a mention there suggests. */
interface Segment {
  field: string;
  text: string;
  level: number;
  /** Fields joined into `text` (so short keywords get each other as context), by offset. */
  parts?: { field: string; start: number; end: number }[];
}

/** Joins short values into one segment, remembering where each came from. */
function joined(items: { field: string; text: string }[], level: number): Segment | undefined {
  const parts: NonNullable<Segment['parts']> = [];
  let text = '';
  for (const it of items) {
    if (!it.text) continue;
    if (text) text += ', ';
    parts.push({ field: it.field, start: text.length, end: text.length + it.text.length });
    text += it.text;
  }
  return parts.length ? { field: parts[0]?.field ?? '', text, level, parts } : undefined;
}

const LEVEL_WORDS: [RegExp, number][] = [
  [/\b(master|expert|guru|native)\b/i, 5],
  [/\b(advanced|senior|proficient|fluent)\b/i, 4],
  [/\b(intermediate|working|competent)\b/i, 3],
  [/\b(beginner|basic|novice|junior|learning|elementary)\b/i, 2],
];

/** Level named by a JSON Resume `skills[].level` word, or `fallback`. */
export function levelFromWord(word: unknown, fallback = 3): number {
  if (typeof word !== 'string') return fallback;
  for (const [re, level] of LEVEL_WORDS) if (re.test(word)) return level;
  return fallback;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The text segments of a JSON Resume (jsonresume.org schema 1.x) with suggested levels. */
export function resumeSegments(resume: Record<string, unknown>): Segment[] {
  const out: Segment[] = [];
  const push = (field: string, text: unknown, level: number) => {
    const t = str(text);
    if (t) out.push({ field, text: t.slice(0, 5000), level });
  };
  const basics = obj(resume.basics);
  push('basics.label', basics.label, 3);
  push('basics.summary', basics.summary, 2);
  for (const section of ['work', 'volunteer', 'projects'] as const) {
    arr(resume[section]).forEach((item, i) => {
      const o = obj(item);
      push(`${section}.${i}.position`, o.position, 3);
      push(`${section}.${i}.summary`, o.summary, 3);
      push(`${section}.${i}.description`, o.description, 3);
      for (const [j, h] of arr(o.highlights).entries())
        push(`${section}.${i}.highlights.${j}`, h, 3);
      const kw = joined(
        arr(o.keywords).map((k, j) => ({ field: `${section}.${i}.keywords.${j}`, text: str(k) })),
        3,
      );
      if (kw) out.push(kw);
    });
  }
  arr(resume.education).forEach((item, i) => {
    const o = obj(item);
    push(`education.${i}.area`, o.area, 2);
    for (const [j, c] of arr(o.courses).entries()) push(`education.${i}.courses.${j}`, c, 2);
  });
  for (const [i, item] of arr(resume.certificates).entries()) {
    push(`certificates.${i}.name`, obj(item).name, 3);
  }
  arr(resume.skills).forEach((item, i) => {
    const o = obj(item);
    const level = levelFromWord(o.level);
    const seg = joined(
      [
        { field: `skills.${i}.name`, text: str(o.name) },
        ...arr(o.keywords).map((k, j) => ({ field: `skills.${i}.keywords.${j}`, text: str(k) })),
      ],
      level,
    );
    if (seg) out.push(seg);
  });
  return out;
}

/** The evidence of a span: the field it lies in, that field's text, the span within it. */
function evidenceOf(seg: Segment, span: { start: number; end: number; text: string }) {
  const part = seg.parts?.find((p) => span.start >= p.start && span.start < p.end);
  if (!part) return { field: seg.field, text: seg.text.slice(0, 300), span };
  return {
    field: part.field,
    text: seg.text.slice(part.start, part.end),
    span: { start: span.start - part.start, end: span.end - part.start, text: span.text },
  };
}

/**
 * Suggests profile skills from a pasted CV or a JSON Resume, through the product's one
 * extraction function: each suggestion has a taxonomy skill id, the evidence (field, text and
 * span), a suggested level (from the résumé's skill level words, where it appears, and how
 * often) and the level the profile already has. Nothing is saved until confirmed.
 * Throws `invalid_input` for a body that is neither `{ cvText }` nor `{ resume }`.
 */
export async function suggestProfileSkills(
  ctx: Ctx,
  userId: string,
  input: unknown,
): Promise<SkillSuggestion[]> {
  const parsed = parseInput(
    OnboardingInput,
    input,
    'Send { cvText } or { resume } (a JSON Resume document)',
  );
  const segments =
    'cvText' in parsed
      ? parsed.cvText.split(/\n{2,}/).map((text, i) => ({ field: `cv.${i}`, text, level: 2 }))
      : resumeSegments(parsed.resume);
  const tax = getTaxonomy();
  const profile = await getProfile(ctx, userId);
  const current = new Map(profile.skills.map((s) => [s.skillId, s.level]));
  const found = new Map<string, SkillSuggestion & { mentions: number }>();
  for (const seg of segments) {
    const skills = await extractFromText(ctx, seg.text, { minConfidence: 0.5 });
    for (const s of skills) {
      const t = tax.skillById.get(s.skillId);
      const span = s.spans[0];
      if (!t || !span) continue;
      let sug = found.get(t.id);
      if (!sug) {
        sug = {
          skillId: t.id,
          name: t.name,
          suggestedLevel: seg.level,
          confidence: s.confidence,
          evidence: [],
          currentLevel: current.get(t.id) ?? null,
          mentions: 0,
        };
        found.set(t.id, sug);
      }
      sug.mentions += 1;
      sug.suggestedLevel = Math.max(sug.suggestedLevel, seg.level);
      sug.confidence = Math.max(sug.confidence, s.confidence);
      if (sug.evidence.length < 3) sug.evidence.push(evidenceOf(seg, span));
    }
  }
  return [...found.values()]
    .map(({ mentions, ...s }) => ({
      ...s,
      // A skill a CV mentions again and again is more than a beginner's.
      suggestedLevel: Math.min(5, mentions >= 3 ? Math.max(s.suggestedLevel, 3) : s.suggestedLevel),
      confidence: Math.round(s.confidence * 1000) / 1000,
    }))
    .sort(
      (a, b) =>
        b.suggestedLevel - a.suggestedLevel ||
        b.confidence - a.confidence ||
        a.skillId.localeCompare(b.skillId),
    );
}
