import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useSkillNames } from '../../../hooks/use-skill-names.ts';
import { formatDate } from '../../../ui/format.ts';
import { PanelHead } from '../../../ui/panel-head.tsx';
import { StatList } from '../../../ui/stat-list.tsx';
import { practiceApi, type Queue } from '../api.ts';
import { FlashCard } from '../components/flash-card.tsx';
import { QueueForecast } from '../components/queue-forecast.tsx';

function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Today's spaced-review queue (FSRS) within the daily cap, with busy-week forgiveness. */
export function ReviewQueueTab() {
  usePageTitle('Review queue');
  const [queue, setQueue] = useState<Queue | null>(null);
  const [busyWeek, setBusyWeek] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answered, setAnswered] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const nameOf = useSkillNames(queue?.cards.map((c) => c.skillId) ?? []);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [q, view] = await Promise.all([
        practiceApi.queue(),
        practiceApi.progressView().catch(() => null),
      ]);
      setQueue(q);
      setBusyWeek(Boolean(view?.busyWeeks.includes(mondayOf(q.date))));
    } catch (e) {
      setError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <LoadError what="your review queue" message={error} onRetry={load} />;
  if (!queue) return <LoadingState label="Loading today’s cards…" />;

  const card = queue.cards[0];
  const total = queue.cards.length + answered;

  async function rate(rating: 'again' | 'hard' | 'good' | 'easy') {
    if (!card) return;
    setBusy(true);
    try {
      const next = await practiceApi.answerCard(card.id, rating);
      setAnswered((n) => n + 1);
      setQueue((q) => (q ? { ...q, cards: q.cards.slice(1) } : q));
      setMessage(`Rated “${rating}”. Next review of this card: ${formatDate(next.due)}.`);
    } catch (e) {
      setMessage(`Could not save the rating: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="queue-layout">
      <section className="panel" aria-labelledby="queue-title">
        <PanelHead titleId="queue-title" title="Today’s review">
          <span className="badge">
            {answered} of {total} done
          </span>
        </PanelHead>
        {card ? (
          <FlashCard
            key={card.id}
            card={card}
            skillName={nameOf(card.skillId)}
            position={`Card ${answered + 1} of ${total}`}
            busy={busy}
            onRate={(r) => void rate(r)}
          />
        ) : (
          <p className="empty-note">
            {answered
              ? 'All done for today. The cards come back when you are about to forget them.'
              : 'Nothing due today. Cards come from your learning paths’ key concepts.'}{' '}
            <Link to="/app/paths">Go to your paths</Link>
          </p>
        )}
        <p className="field-hint" aria-live="polite">
          {message}
        </p>
      </section>
      <section className="panel" aria-labelledby="queue-rules-title">
        <h2 id="queue-rules-title">How the queue is sized</h2>
        <StatList
          stats={[
            { label: 'Daily cap', value: `${queue.minutesCap} min` },
            { label: 'Moved to later days', value: queue.deferred },
          ]}
        />
        <p className="field-hint">
          About 1 minute per card, at most {queue.minutesCap} minutes a day — a slice of your weekly
          learning budget. Cards past the cap move to later days instead of piling up.
        </p>
        {busyWeek ? (
          <Alert tone="info" title="Busy week: forgiven">
            <p>
              You marked this week as busy with client work, so the queue shrinks to 5 minutes.
              Nothing is lost: the backlog spreads over the next days.
            </p>
          </Alert>
        ) : (
          <p className="field-hint">
            Busy week forgiveness: mark a week as busy under Progress and the queue shrinks to 5
            minutes that week; missed cards are spread over the following days.
          </p>
        )}
        <h3>Next 7 days</h3>
        <QueueForecast forecast={queue.forecast} date={queue.date} />
      </section>
    </div>
  );
}
