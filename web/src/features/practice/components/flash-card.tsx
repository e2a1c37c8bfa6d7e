import { useState } from 'react';
import type { ReviewCard } from '../../../../../src/shared/practice.ts';
import { ClaimFlags } from '../../model/components/claim-flags.tsx';
import { SourceBadge } from '../../model/components/source-badge.tsx';

const CARD_SOURCE: Record<string, string> = {
  model: 'written by an AI model',
  path: 'from your path step',
  taxonomy: 'from the skill taxonomy',
  own: 'your own card',
};

type Rating = 'again' | 'hard' | 'good' | 'easy';
const RATINGS: { value: Rating; label: string; help: string }[] = [
  { value: 'again', label: 'Again', help: 'forgot — see it again soon' },
  { value: 'hard', label: 'Hard', help: 'recalled with effort' },
  { value: 'good', label: 'Good', help: 'recalled' },
  { value: 'easy', label: 'Easy', help: 'instant — longer gap' },
];

/** One spaced-review card: front, reveal the back, then rate how well you recalled it. */
export function FlashCard({
  card,
  skillName,
  position,
  busy,
  onRate,
}: {
  card: ReviewCard;
  skillName: string;
  position: string;
  busy: boolean;
  onRate: (rating: Rating) => void;
}) {
  const [revealed, setRevealed] = useState(false);
  return (
    <article className="flash-card" aria-labelledby={`card-${card.id}`}>
      <p className="field-hint">
        {position} · {skillName} · {card.state === 'new' ? 'new card' : `seen ${card.reps}×`} ·{' '}
        {CARD_SOURCE[card.source] ?? card.source}{' '}
        {card.provenance ? <SourceBadge source="model" provenance={card.provenance} /> : null}
      </p>
      <h3 id={`card-${card.id}`} className="flash-front">
        {card.front}
      </h3>
      {revealed ? (
        <>
          <p className="flash-back" aria-live="polite">
            {card.back}
          </p>
          <ClaimFlags flags={card.flags} />
          <fieldset className="rating-row" disabled={busy}>
            <legend>How well did you recall it?</legend>
            {RATINGS.map((r) => (
              <button
                key={r.value}
                type="button"
                className={`button button-secondary rating-${r.value}`}
                onClick={() => onRate(r.value)}
                aria-describedby={`help-${card.id}-${r.value}`}
              >
                {r.label}
                <span id={`help-${card.id}-${r.value}`} className="rating-help">
                  {r.help}
                </span>
              </button>
            ))}
          </fieldset>
        </>
      ) : (
        <button type="button" className="button button-primary" onClick={() => setRevealed(true)}>
          Reveal answer
        </button>
      )}
    </article>
  );
}
