import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/alert.tsx';
import { describeError } from '../../../forms/field-errors.ts';
import { ClaimFlags } from '../../model/components/claim-flags.tsx';
import { SourceBadge as ModelSourceBadge } from '../../model/components/source-badge.tsx';
import { type Certification, type ExamAnswer, type ExamQuestion, practiceApi } from '../api.ts';
import { SourceBadge } from './source-badge.tsx';

/**
 * Exam-style practice: a short set of questions, weakest objectives first, one at a time,
 * each answered with the correct choice and an explanation. Calls `onAnswered` after each.
 */
export function ExamPractice({
  certification,
  modelActive,
  onAnswered,
}: {
  certification: Certification;
  modelActive: boolean;
  onAnswered: () => void;
}) {
  const available = certification.bankQuestions > 0 || modelActive;
  const [questions, setQuestions] = useState<ExamQuestion[] | null>(null);
  const [index, setIndex] = useState(0);
  const [choice, setChoice] = useState<number | null>(null);
  const [result, setResult] = useState<ExamAnswer | null>(null);
  const [score, setScore] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const { questions: qs } = await practiceApi.questions(certification.id, 5);
      setQuestions(qs);
      setIndex(0);
      setScore(0);
      setChoice(null);
      setResult(null);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  const q = questions?.[index];

  async function check(event: FormEvent) {
    event.preventDefault();
    if (!q || choice === null) return;
    setBusy(true);
    try {
      const r = await practiceApi.answerQuestion(certification.id, q.id, choice);
      setResult(r);
      if (r.correct) setScore((s) => s + 1);
      onAnswered();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  function next() {
    setIndex((i) => i + 1);
    setChoice(null);
    setResult(null);
  }

  const objective = q ? certification.objectives.find((o) => o.id === q.objectiveId) : undefined;
  return (
    <section className="panel" aria-labelledby="exam-title">
      <h2 id="exam-title">Practice questions</h2>
      {error ? (
        <Alert tone="error" title="Questions unavailable">
          <p>{error}</p>
        </Alert>
      ) : null}
      {!questions || (questions && index >= questions.length) ? (
        <>
          {questions ? (
            <p aria-live="polite">
              Set done:{' '}
              <strong>
                {score} of {questions.length}
              </strong>{' '}
              correct. Readiness is updated.
            </p>
          ) : available ? (
            <p className="muted">
              Five exam-style questions, weakest objectives first, each with an explanation. Written
              for practice — not real exam content.
              {certification.bankQuestions === 0 ? ' The configured model writes them.' : ''}
            </p>
          ) : (
            <p className="muted" id="exam-unavailable">
              No offline practice questions for this certification yet. With a model configured
              (Settings), questions are generated against its objectives and checked. Meanwhile, use
              the objectives and the official page to plan your study.
            </p>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !available}
            aria-describedby={available ? undefined : 'exam-unavailable'}
            onClick={start}
          >
            {busy ? 'Loading…' : questions ? 'Another set' : 'Start practice'}
          </button>
        </>
      ) : q ? (
        <form onSubmit={check} className="exam-question">
          <p className="field-hint">
            Question {index + 1} of {questions.length} · {objective?.title ?? q.objectiveId}{' '}
            <SourceBadge source={q.source} />
            {q.provenance ? <ModelSourceBadge source="model" provenance={q.provenance} /> : null}
            {q.readiness === 'practice_only' ? (
              <span
                className="badge badge-warning"
                title="Repeated model answers did not all confirm this question's answer key, so it does not move your readiness."
              >
                Practice only
              </span>
            ) : null}
          </p>
          <ClaimFlags flags={q.flags} />
          <fieldset disabled={busy || result !== null}>
            <legend className="exam-stem">{q.question}</legend>
            {q.choices.map((c, i) => {
              const mark =
                result && i === result.answer
                  ? ' choice-correct'
                  : result && i === choice && !result.correct
                    ? ' choice-wrong'
                    : '';
              return (
                <label key={c} className={`radio-card exam-choice${mark}`}>
                  <input
                    type="radio"
                    name={`q-${q.id}`}
                    checked={choice === i}
                    onChange={() => setChoice(i)}
                  />
                  <span>{c}</span>
                </label>
              );
            })}
          </fieldset>
          {result ? (
            <div aria-live="polite">
              <Alert
                tone={result.correct ? 'success' : 'warning'}
                title={result.correct ? 'Correct' : 'Not quite'}
              >
                {!result.correct ? <p>The answer is: {q.choices[result.answer]}</p> : null}
                <p>{result.explanation}</p>
              </Alert>
              <button type="button" className="button button-primary" onClick={next}>
                {index + 1 < questions.length ? 'Next question' : 'See result'}
              </button>
            </div>
          ) : (
            <button
              type="submit"
              className="button button-primary"
              disabled={choice === null || busy}
            >
              Check answer
            </button>
          )}
        </form>
      ) : null}
    </section>
  );
}
