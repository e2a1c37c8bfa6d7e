import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { CredentialInfo, PortfolioSettings } from '../../../../../src/shared/evidence.ts';
import { PanelHead } from '../../../ui/panel-head.tsx';
import { evidenceApi } from '../../evidence/api.ts';
import { pathsApi } from '../../paths/api.ts';
import { radarApi } from '../../radar/api.ts';

interface NextStep {
  pathId: string;
  pathTitle: string;
  skillName: string;
  objective: string;
  hours: number;
}

interface Market {
  rising: string[];
  falling: string[];
}

const opt = <T,>(p: Promise<T>): Promise<T | null> => p.catch(() => null);

/** The first step not yet done of the most recently updated path. */
async function nextStep(): Promise<NextStep | null> {
  const list = await opt(pathsApi.list());
  const summary = list?.paths.find((p) => p.done < p.steps);
  if (!summary) return null;
  const path = await opt(pathsApi.get(summary.id));
  const step = path?.plan.steps.find((s) => !path.done[s.id]);
  if (!path || !step) return null;
  return {
    pathId: path.id,
    pathTitle: path.title,
    skillName: step.skillName,
    objective: step.objective,
    hours: step.hours,
  };
}

/** What moved in the person's market: skill names rising and falling in their posts. */
async function market(): Promise<Market | null> {
  const t = await opt(radarApi.trends());
  if (!t || t.skills.length === 0) return null;
  const name = (id: string) => t.skills.find((s) => s.skillId === id)?.name ?? id;
  return { rising: t.rising.slice(0, 3).map(name), falling: t.falling.slice(0, 2).map(name) };
}

/**
 * The top of the dashboard: the next step of the path and what changed in the market, then
 * the proof the person can show (latest credential with its verify link, the portfolio).
 */
export function WhatNext() {
  const [data, setData] = useState<{
    step: NextStep | null;
    market: Market | null;
    credential: CredentialInfo | null;
    portfolio: PortfolioSettings | null;
  } | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([
      nextStep(),
      market(),
      opt(evidenceApi.credentials()),
      opt(evidenceApi.portfolio()),
    ]).then(([step, m, creds, portfolio]) => {
      if (!live) return;
      const credential = creds?.credentials.find((c) => !c.revoked) ?? null;
      setData({ step, market: m, credential, portfolio });
    });
    return () => {
      live = false;
    };
  }, []);

  if (!data) return null;
  const { step, market: m, credential, portfolio } = data;
  return (
    <>
      <section className="panel what-next" aria-labelledby="what-next-title">
        <h2 id="what-next-title">What to do next</h2>
        <ul className="what-next-list">
          <li className="what-next-item">
            <span className="what-next-label">Next step</span>
            {step ? (
              <span>
                <Link to={`/app/paths/${step.pathId}`}>{step.skillName}</Link> (about {step.hours}{' '}
                h) in “{step.pathTitle}”: {step.objective}
              </span>
            ) : (
              <span>
                <Link to="/app/paths">Make a learning path</Link> toward the role you want.
              </span>
            )}
          </li>
          <li className="what-next-item">
            <span className="what-next-label">In your market</span>
            {m && (m.rising.length || m.falling.length) ? (
              <span>
                {m.rising.length ? <>Rising: {m.rising.join(', ')}. </> : null}
                {m.falling.length ? <>Fading: {m.falling.join(', ')}. </> : null}
                <Link to="/app/radar">See the radar</Link>
              </span>
            ) : (
              <span>
                <Link to="/app/radar">Add job posts or client requests</Link> to see what clients
                ask for.
              </span>
            )}
          </li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="proof-title">
        <PanelHead titleId="proof-title" title="What you can show">
          <Link to="/app/evidence">Evidence</Link>
        </PanelHead>
        <ul className="what-next-list">
          <li className="what-next-item">
            <span className="what-next-label">Credential</span>
            {credential ? (
              <span>
                {credential.skillName} ({credential.level} level), issued{' '}
                {credential.issuedAt.slice(0, 10)}.{' '}
                <a href={credential.verifyUrl}>Verify {credential.skillName} credential</a>
              </span>
            ) : (
              <span>None yet: the Evidence page shows what each credential still needs.</span>
            )}
          </li>
          <li className="what-next-item">
            <span className="what-next-label">Portfolio</span>
            {portfolio?.published && portfolio.url ? (
              <span>
                Published. <a href={portfolio.url}>Open your public portfolio</a>
              </span>
            ) : (
              <span>
                Not published. <Link to="/app/evidence/portfolio">Choose a handle</Link>
              </span>
            )}
          </li>
        </ul>
      </section>
    </>
  );
}
