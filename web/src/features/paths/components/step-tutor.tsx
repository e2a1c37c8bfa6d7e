import { type FormEvent, useId, useState } from 'react';
import type { TutorAnswer } from '../../../../../src/shared/paths.ts';
import { useFormSend } from '../../../ui/form-send.ts';
import { ClaimFlags } from '../../model/components/claim-flags.tsx';
import { SourceBadge } from '../../model/components/source-badge.tsx';
import { pathsApi } from '../api.ts';

/** "Ask the tutor": a question box; the answer cites catalog sources and marks what it cannot back. */
export function StepTutor({
  pathId,
  stepId,
  skillName,
}: {
  pathId: string;
  stepId: string;
  skillName: string;
}) {
  const id = useId();
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState<TutorAnswer | null>(null);
  const { busy, formError: error, setFormError: setError, send } = useFormSend({ alwaysSay: true });

  async function ask(event: FormEvent) {
    event.preventDefault();
    if (!question.trim()) {
      setError('Type a question first.');
      return;
    }
    await send(async () => setAnswer(await pathsApi.ask(pathId, stepId, question.trim())));
  }

  return (
    <details className="step-extra">
      <summary>Ask the tutor</summary>
      <form className="tutor-form" onSubmit={ask} noValidate>
        <label htmlFor={`${id}-q`} className="field-label">
          Your question about {skillName}
        </label>
        <textarea
          id={`${id}-q`}
          rows={2}
          maxLength={2000}
          value={question}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setQuestion(e.target.value)}
        />
        <button type="submit" className="button button-secondary button-small" disabled={busy}>
          {busy ? 'Asking…' : 'Ask'}
        </button>
      </form>
      <div aria-live="polite">
        {error ? <p className="field-error">{error}</p> : null}
        {answer ? (
          <div className="tutor-answer">
            <p className="tutor-mode">
              <span className={`engine engine-${answer.mode}`}>
                {answer.mode === 'offline' ? 'Offline answer (no AI)' : 'AI model answer'}
              </span>{' '}
              {answer.provenance ? (
                <SourceBadge source="model" provenance={answer.provenance} />
              ) : null}{' '}
              <span className="muted">{answer.note}</span>
            </p>
            {answer.parts.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts have no id and never reorder
              <div key={i} className={p.supported ? 'tutor-part' : 'tutor-part tutor-unsupported'}>
                {p.supported ? null : <strong>Not backed by a source: </strong>}
                {p.text}{' '}
                {p.citations.map((c) => (
                  <sup key={c} className="tutor-cite">
                    [{c}]
                  </sup>
                ))}
                <ClaimFlags flags={p.flags} />
              </div>
            ))}
            {answer.sources.length ? (
              <ol className="tutor-sources" aria-label="Sources cited by the tutor">
                {answer.sources.map((s) => (
                  <li key={s.ref}>
                    [{s.ref}]{' '}
                    <a href={s.url} target="_blank" rel="noreferrer noopener">
                      {s.title}
                    </a>{' '}
                    <span className="muted">
                      — {s.covers}; link: {s.linkStatus}
                    </span>
                  </li>
                ))}
              </ol>
            ) : null}
          </div>
        ) : null}
      </div>
    </details>
  );
}
