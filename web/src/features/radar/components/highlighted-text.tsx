import type { ReactNode } from 'react';
import type { ExtractedSkill } from '../../../../../src/shared/radar.ts';

interface Span {
  start: number;
  end: number;
  name: string;
  implied: boolean;
}

/**
 * The text with every span a skill was read from marked: named skills with a solid mark,
 * skills implied by a longer phrase with a dotted underline, so neither hides the other.
 * Each span names its skill on hover and, at its end, for screen readers.
 */
export function HighlightedText({ text, skills }: { text: string; skills: ExtractedSkill[] }) {
  const spans: Span[] = skills.flatMap((s) =>
    s.spans
      .filter((sp) => sp.start >= 0 && sp.end <= text.length && sp.end > sp.start)
      .map((sp) => ({
        start: sp.start,
        end: sp.end,
        name: s.name,
        implied: s.method === 'implicit',
      })),
  );
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const parts: ReactNode[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? a;
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const named = covering.find((s) => !s.implied);
    const implied = covering.find((s) => s.implied);
    const ending = spans.filter((s) => s.end === b && covering.includes(s)).map((s) => s.name);
    const slice = text.slice(a, b);
    const label = ending.length ? (
      <span className="visually-hidden"> (skill: {ending.join(', ')})</span>
    ) : null;
    if (!named && !implied) {
      parts.push(slice);
      continue;
    }
    const className = [named ? 'radar-mark' : '', implied ? 'radar-implied' : '']
      .filter(Boolean)
      .join(' ');
    const title = covering.map((s) => (s.implied ? `${s.name} (implied)` : s.name)).join(', ');
    parts.push(
      named ? (
        <mark key={a} className={className} title={title}>
          {slice}
          {label}
        </mark>
      ) : (
        <span key={a} className={className} title={title}>
          {slice}
          {label}
        </span>
      ),
    );
  }
  return <p className="radar-highlighted">{parts}</p>;
}
