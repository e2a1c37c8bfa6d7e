import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useLoad } from '../../../hooks/use-load.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { peersApi } from '../api.ts';
import { InboxCard } from '../components/inbox-card.tsx';
import { QuestionCard } from '../components/question-card.tsx';

/** Questions you routed to peers (with attributed answers) and the ones routed to you. */
export function QuestionsTab() {
  usePageTitle('Peer questions');
  const mine = useLoad(() => peersApi.myQuestions(), []);
  const inbox = useLoad(() => peersApi.inbox(), []);
  const asked = useLocation().state as { asked?: string; routedTo?: number } | null;
  const [notice, setNotice] = useState<string | null>(() =>
    asked?.asked
      ? asked.routedTo
        ? `Question sent to ${asked.routedTo} ${asked.routedTo === 1 ? 'peer' : 'peers'} with verified evidence. Answers appear below and on the step.`
        : 'Question saved, but no peer with verified evidence is free right now; it waits for one.'
      : null,
  );
  const open = inbox.data?.questions.filter((q) => !q.answered) ?? [];
  const answered = inbox.data?.questions.filter((q) => q.answered) ?? [];

  return (
    <div className="pr-questions">
      <div aria-live="polite">{notice ? <Alert tone="success">{notice}</Alert> : null}</div>
      <section aria-labelledby="mine-title">
        <h2 id="mine-title" className="pr-h2 pr-group-title">
          Your questions
        </h2>
        <p className="muted pr-lead">
          Ask from a flagged step on a learning path (“Ask a peer”). Answers are added to the step
          as annotations, with each author’s verified skills.
        </p>
        {mine.error ? (
          <Alert tone="error">Could not load your questions: {mine.error}</Alert>
        ) : null}
        {!mine.data && !mine.error ? <LoadingState label="Loading your questions…" /> : null}
        {mine.data && mine.data.questions.length === 0 ? (
          <p className="empty-note">
            You have not asked anything yet. Open a <Link to="/app/paths">path</Link> and use “Ask a
            peer” on a step marked uncertain.
          </p>
        ) : null}
        <ul className="pr-cards" aria-label="Questions you asked">
          {mine.data?.questions.map((q) => (
            <QuestionCard key={q.id} question={q} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="inbox-title">
        <h2 id="inbox-title" className="pr-h2 pr-group-title">
          Routed to you <span className="muted pr-count">{open.length} waiting</span>
        </h2>
        <p className="muted pr-lead">
          You get questions only about skills your evidence or credentials verify, up to your weekly
          limit. Each answer earns a contribution credit.
        </p>
        {inbox.error ? <Alert tone="error">Could not load your inbox: {inbox.error}</Alert> : null}
        {!inbox.data && !inbox.error ? <LoadingState label="Loading your inbox…" /> : null}
        {inbox.data && inbox.data.questions.length === 0 ? (
          <p className="empty-note">
            Nothing waiting. Check that “Route questions to me” is on in your{' '}
            <Link to="/app/peers/profile">peer profile</Link>.
          </p>
        ) : null}
        <ul className="pr-cards" aria-label="Questions routed to you">
          {[...open, ...answered].map((q) => (
            <InboxCard
              key={q.id}
              question={q}
              onDone={(text) => {
                setNotice(text);
                inbox.reload();
              }}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
