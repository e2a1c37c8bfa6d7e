import type { SkillSuggestion } from '../../../../../src/shared/radar.ts';

const AROUND = 60;

/** The words around the span a skill was read from, with the span marked. */
export function EvidenceSnippet({ evidence }: { evidence: SkillSuggestion['evidence'][number] }) {
  const { text, span } = evidence;
  const valid = span.start >= 0 && span.end <= text.length && span.end > span.start;
  if (!valid) return <q>{span.text || text.slice(0, AROUND * 2)}</q>;
  // Cut at word boundaries so the snippet never starts or ends mid-word.
  let from = Math.max(0, span.start - AROUND);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  let to = Math.min(text.length, span.end + AROUND);
  if (to < text.length) to = Math.max(span.end, text.lastIndexOf(' ', to));
  return (
    <q className="radar-evidence">
      {from > 0 ? '…' : ''}
      {text.slice(from, span.start)}
      <mark className="radar-mark">{text.slice(span.start, span.end)}</mark>
      {text.slice(span.end, to)}
      {to < text.length ? '…' : ''}
    </q>
  );
}
