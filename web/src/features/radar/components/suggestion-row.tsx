import { LEVEL_LABELS } from '../../../../../src/shared/accounts.ts';
import type { SkillSuggestion } from '../../../../../src/shared/radar.ts';
import { EvidenceSnippet } from './evidence-snippet.tsx';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** What each self-rated level means, so the person can place themselves. */
const LEVEL_HINTS = [
  '',
  'know what it is, have not used it for work',
  'used it with help or in a course',
  'use it in paid work without help',
  'handle the hard cases, others ask you',
  'teach it, shape how others use it',
] as const;

/**
 * One suggested skill with the words it was read from. Nothing is preset: the person ticks it
 * and picks their level (0 = not chosen yet); choosing a level ticks it.
 */
export function SuggestionRow({
  suggestion: s,
  checked,
  level,
  onToggle,
  onLevel,
}: {
  suggestion: SkillSuggestion;
  checked: boolean;
  level: number;
  onToggle: (checked: boolean) => void;
  onLevel: (level: number) => void;
}) {
  const boxId = `suggest-${s.skillId}`;
  return (
    <li className={checked ? 'radar-suggestion radar-suggestion-on' : 'radar-suggestion'}>
      <div className="radar-suggestion-head">
        <input
          id={boxId}
          type="checkbox"
          checked={checked}
          onChange={(e) => onToggle(e.target.checked)}
        />
        <label htmlFor={boxId}>
          <strong>{s.name}</strong>
          <span className="radar-sub">
            {s.currentLevel !== null
              ? `In your profile at level ${s.currentLevel}`
              : 'Not in your profile yet'}{' '}
            · {Math.round(s.confidence * 100)}% sure
          </span>
        </label>
        <select
          aria-label={`Your level in ${s.name}`}
          value={level}
          onChange={(e) => onLevel(Number(e.target.value))}
        >
          <option value={0}>Choose your level…</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l} · {LEVEL_LABELS[l]}: {LEVEL_HINTS[l]}
            </option>
          ))}
        </select>
      </div>
      <ul className="radar-evidence-list" aria-label={`Where ${s.name} was found`}>
        {s.evidence.slice(0, 3).map((e) => (
          <li key={`${e.field}-${e.span.start}`}>
            <span className="radar-sub">{fieldName(e.field)}:</span>{' '}
            <EvidenceSnippet evidence={e} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** "cv.0" → "CV"; "work.0.summary" → "work › summary". */
function fieldName(field: string): string {
  if (/^cv(\.\d+)?$/.test(field)) return 'CV';
  return field.replace(/\.\d+/g, '').split('.').join(' › ');
}
