import { LEVEL_LABELS } from '../../../../src/shared/accounts.ts';
import type { SkillSuggestion } from '../../../../src/shared/radar.ts';
import { EvidenceSnippet } from './evidence-snippet.tsx';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** One suggested skill: take it or not, at which level, and the words it was read from. */
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
          aria-label={`Level for ${s.name}`}
          value={level}
          disabled={!checked}
          onChange={(e) => onLevel(Number(e.target.value))}
        >
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l} · {LEVEL_LABELS[l]}
              {l === s.suggestedLevel ? ' (suggested)' : ''}
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
