import { useState } from 'react';
import { Link } from 'react-router';
import type { DashboardSummary } from '../../../../../src/shared/dashboard.ts';

interface Step {
  key: string;
  title: string;
  text: string;
  to: string;
  done: boolean;
}

const storeKey = (userId: string, what: string) => `skilltrace.firstRun.${what}.${userId}`;

/** Each step shows done from what the account has already saved (the dashboard summary). */
function readSteps(userId: string, summary: DashboardSummary): Step[] {
  const { profile } = summary;
  const pathId = summary.firstRun.firstPathId;
  const scheduled = Boolean(summary.nextSession);
  const profileDone = Boolean(profile.headline) || profile.targetRoles.length > 0;
  const evidenceDone = profile.skills.length > 0 || summary.firstRun.hasPosts;
  return [
    {
      key: 'profile',
      title: 'Your profile',
      text: 'What you do, the role you are aiming for, and the hours you have each week.',
      to: '/app/profile',
      done: profileDone,
    },
    {
      key: 'evidence',
      title: 'Paste a CV or client requests',
      text: 'Skilltrace suggests your skills from the CV, and reads what clients ask for.',
      to: '/app/radar/onboarding',
      done: evidenceDone,
    },
    {
      key: 'radar',
      title: 'See your radar',
      text: 'Which skills your market asks for, and what to learn next.',
      to: '/app/radar',
      done: evidenceDone && localStorage.getItem(storeKey(userId, 'radar')) === '1',
    },
    {
      key: 'path',
      title: 'Make a learning path',
      text: 'From your skills to the target role, step by step.',
      to: '/app/paths',
      done: Boolean(pathId),
    },
    {
      key: 'session',
      title: 'Your first session',
      text: 'Sessions land on your learning days; add them to your calendar.',
      to: pathId ? `/app/paths/${pathId}/schedule` : '/app/paths',
      done: scheduled,
    },
  ];
}

/**
 * The guided first run of a new account: profile → CV or client requests → radar → path →
 * first session, with a progress indicator. Each step opens the page that saves it, and the
 * guide reads back what was saved. Skippable; it disappears once every step is done.
 */
export function FirstRunGuide({ userId, summary }: { userId: string; summary: DashboardSummary }) {
  const [skipped, setSkipped] = useState(
    () => localStorage.getItem(storeKey(userId, 'skipped')) === '1',
  );
  const steps = readSteps(userId, summary);

  if (skipped || steps.every((s) => s.done)) return null;
  const done = steps.filter((s) => s.done).length;
  const current = steps.find((s) => !s.done);
  return (
    <section className="panel first-run" aria-labelledby="first-run-title">
      <div className="panel-head">
        <h2 id="first-run-title">
          Get started: {done} of {steps.length} done
        </h2>
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => {
            localStorage.setItem(storeKey(userId, 'skipped'), '1');
            setSkipped(true);
          }}
        >
          Skip the guide
        </button>
      </div>
      <progress max={steps.length} value={done} aria-label="Getting started steps done" />
      <ol className="first-run-steps">
        {steps.map((s, i) => (
          <li
            key={s.key}
            className={`first-run-step${s.done ? ' first-run-done' : s === current ? ' first-run-current' : ''}`}
            aria-current={s === current ? 'step' : undefined}
          >
            <span className="first-run-mark" aria-hidden="true">
              {s.done ? '✓' : i + 1}
            </span>
            <span>
              <Link
                to={s.to}
                onClick={() =>
                  s.key === 'radar' && localStorage.setItem(storeKey(userId, 'radar'), '1')
                }
              >
                {s.title}
              </Link>
              {s.done ? <span className="visually-hidden"> (done)</span> : null}
              <span className="first-run-text">{s.text}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
