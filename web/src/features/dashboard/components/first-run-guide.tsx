import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Profile } from '../../../../../src/shared/accounts.ts';
import { pathsApi } from '../../paths/api.ts';
import { nextSession } from '../../progress/components/dashboard-summary.tsx';
import { radarApi } from '../../radar/api.ts';

interface Step {
  key: string;
  title: string;
  text: string;
  to: string;
  done: boolean;
}

const opt = <T,>(p: Promise<T>): Promise<T | null> => p.catch(() => null);
const storeKey = (userId: string, what: string) => `skilltrace.firstRun.${what}.${userId}`;

/** Reads what the account has already saved, so each step shows done from real data. */
async function readSteps(userId: string, profile: Profile): Promise<Step[]> {
  const [posts, paths, next] = await Promise.all([
    opt(radarApi.posts({ limit: 1 })),
    opt(pathsApi.list()),
    opt(nextSession()),
  ]);
  const path = paths?.paths[0];
  const scheduled = Boolean(next);
  const profileDone = Boolean(profile.headline) || profile.targetRoles.length > 0;
  const evidenceDone = profile.skills.length > 0 || (posts?.total ?? 0) > 0;
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
      done: Boolean(path),
    },
    {
      key: 'session',
      title: 'Your first session',
      text: 'Sessions land on your learning days; add them to your calendar.',
      to: path ? `/app/paths/${path.id}/schedule` : '/app/paths',
      done: scheduled,
    },
  ];
}

/**
 * The guided first run of a new account: profile → CV or client requests → radar → path →
 * first session, with a progress indicator. Each step opens the page that saves it, and the
 * guide reads back what was saved. Skippable; it disappears once every step is done.
 */
export function FirstRunGuide({ userId, profile }: { userId: string; profile: Profile }) {
  const [steps, setSteps] = useState<Step[] | null>(null);
  const [skipped, setSkipped] = useState(
    () => localStorage.getItem(storeKey(userId, 'skipped')) === '1',
  );

  useEffect(() => {
    let live = true;
    readSteps(userId, profile).then((s) => live && setSteps(s));
    return () => {
      live = false;
    };
  }, [userId, profile]);

  if (skipped || !steps || steps.every((s) => s.done)) return null;
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
