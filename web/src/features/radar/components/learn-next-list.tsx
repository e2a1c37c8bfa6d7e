import { useState } from 'react';
import type { LearnNextResult } from '../../../../../src/shared/radar.ts';
import { FACTOR_LABELS } from '../radar-format.ts';
import { LearnNextItem } from './learn-next-item.tsx';

const SHOWN = 5;

/** The ranked learn-next list with the weights every score uses. */
export function LearnNextList({ result }: { result: LearnNextResult }) {
  const [all, setAll] = useState(false);
  if (result.items.length === 0) {
    return (
      <p className="empty-note">
        Nothing to rank yet. Import job posts under Demand sources so there is demand to weigh.
      </p>
    );
  }
  const weights = Object.entries(result.weights)
    .map(([k, w]) => `${FACTOR_LABELS[k]?.label ?? k} ${w < 0 ? '−' : ''}${Math.abs(w)}`)
    .join(' · ');
  return (
    <>
      <ol className="radar-learn-list">
        {(all ? result.items : result.items.slice(0, SHOWN)).map((item) => (
          <LearnNextItem key={item.skillId} item={item} />
        ))}
      </ol>
      {result.items.length > SHOWN ? (
        <button
          type="button"
          className="button button-ghost button-small radar-more"
          aria-expanded={all}
          onClick={() => setAll((v) => !v)}
        >
          {all ? 'Show the top 5 only' : `Show ${result.items.length - SHOWN} more`}
        </button>
      ) : null}
      <p className="radar-footnote">
        Score = sum of factor value × weight. Weights: {weights}. Each factor value runs from 0 to
        1.
      </p>
    </>
  );
}
