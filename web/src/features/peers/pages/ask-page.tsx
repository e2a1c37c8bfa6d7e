import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PathView } from '../../../../../src/shared/paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { SkillPicker } from '../../../components/skill-picker.tsx';
import {
  apiFieldErrors,
  describeError,
  errorFor,
  type FieldErrors,
} from '../../../forms/field-errors.ts';
import { useLoad } from '../../../hooks/use-load.ts';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { rememberSkills, useSkillNames } from '../../../hooks/use-skill-names.ts';
import { peersApi } from '../api.ts';
import { StepValidation } from '../components/step-validation.tsx';

type PlanStep = PathView['plan']['steps'][number];

/** "Ask a peer" about a flagged path step (`?pathId&stepId`) or a flagged answer (`?skillId`). */
export function AskPage() {
  usePageTitle('Ask a peer');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const pathId = params.get('pathId') ?? '';
  const stepId = params.get('stepId') ?? '';
  const [skillId, setSkillId] = useState(params.get('skillId') ?? '');
  const path = useLoad(
    () => (pathId && stepId ? peersApi.path(pathId) : Promise.resolve(null)),
    [pathId, stepId],
  );
  const step: PlanStep | undefined = path.data?.plan.steps.find((s) => s.id === stepId);
  const flags = step
    ? [...(path.data?.live[step.id]?.flags ?? step.flags).map((f) => f.message)]
    : [];
  const score = step ? (path.data?.live[step.id]?.confidence.score ?? step.confidence.score) : null;
  const skillName = useSkillNames(skillId ? [skillId] : [])(skillId);
  const [question, setQuestion] = useState('');
  const [context, setContext] = useState(params.get('context') ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!step) return;
    setQuestion(
      `For “${step.skillName}: ${step.objective}” — is this the right way to learn it for client work, and what would you do differently?`,
    );
  }, [step]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: FieldErrors = {};
    if (question.trim().length < 5) local.question = 'Write your question (5 characters or more).';
    if (!step && !skillId) local.skillId = 'Choose the skill the question is about.';
    if (!step && !context.trim()) local.context = 'Paste the answer or advice you are unsure of.';
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    setError(null);
    try {
      const q = await peersApi.ask(
        step
          ? { pathId, stepId, question: question.trim() }
          : { skillId, context: context.trim(), question: question.trim() },
      );
      navigate('/app/peers/questions', {
        state: { asked: q.id, routedTo: q.routedTo },
      });
    } catch (e) {
      setErrors(apiFieldErrors(e));
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  if (path.error)
    return (
      <Alert tone="error" title="Could not load the path step">
        {path.error}
      </Alert>
    );
  if (pathId && stepId && path.loading) return <LoadingState label="Loading the step…" />;
  if (pathId && stepId && !step)
    return (
      <Alert tone="error" title="Step not found">
        This step is not in the path’s current version. <Link to="/app/paths">Back to paths</Link>
      </Alert>
    );

  return (
    <div className="pr-ask">
      <h2 className="pr-h2">Ask a peer</h2>
      <p className="muted pr-lead">
        Your question goes to up to three people with verified evidence in the skill who, as far as
        their profile shows you, do not compete for your clients. They see the question and its
        context, not your name.
      </p>
      {step ? (
        <section className="panel" aria-labelledby="ask-step">
          <h3 id="ask-step" className="pr-h3">
            Step: {step.skillName}
          </h3>
          <p>{step.objective}</p>
          <p className="pr-small">
            <Link to={`/app/paths/${encodeURIComponent(pathId)}`}>Open the step in its path</Link>
          </p>
          <p className="pr-small">
            Confidence {score !== null ? `${Math.round(score * 100)}%` : 'unknown'}
            {score !== null && score < 0.8 ? ' — below 80%, so peers can be asked' : ''}
          </p>
          {flags.length ? (
            <ul className="pr-plain-list" aria-label="Why this step is flagged">
              {flags.map((f) => (
                <li key={f}>⚑ {f}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <form onSubmit={submit} noValidate className="panel pr-form">
        {!step ? (
          <>
            {skillId ? (
              <p>
                Skill: <strong>{skillName}</strong>{' '}
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => setSkillId('')}
                >
                  Change
                </button>
              </p>
            ) : (
              <SkillPicker
                exclude={new Set()}
                onPick={(s) => {
                  rememberSkills([s]);
                  setSkillId(s.id);
                }}
              />
            )}
            {errors.skillId ? <p className="field-error">{errors.skillId}</p> : null}
            <Field label="What you are unsure of" error={errorFor(errors, 'context')}>
              {(control) => (
                <textarea
                  {...control}
                  rows={4}
                  maxLength={2000}
                  value={context}
                  onChange={(e) => setContext(e.target.value)}
                />
              )}
            </Field>
          </>
        ) : null}
        <Field
          label="Your question"
          hint="Prefilled from the step; make it specific. Leave client names out."
          error={errorFor(errors, 'question')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              maxLength={2000}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
            />
          )}
        </Field>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Sending…' : 'Ask peers'}
          </button>
          <Link
            className="button button-secondary"
            to={pathId ? `/app/paths/${encodeURIComponent(pathId)}` : '/app/peers/questions'}
          >
            Cancel
          </Link>
        </div>
      </form>
      {step ? <StepValidation pathId={pathId} stepId={stepId} /> : null}
    </div>
  );
}
