import { Link } from 'react-router';
import type { DashboardSummary } from '../../../../../src/shared/dashboard.ts';
import { PanelHead } from '../../../ui/panel-head.tsx';

/**
 * The top of the dashboard: the next step of the path and what changed in the market, then
 * the proof the person can show (latest credential with its verify link, the portfolio).
 */
export function WhatNext({ summary }: { summary: DashboardSummary }) {
  const { nextStep: step, market: m, credential, portfolio } = summary;
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
            {m.rising.length || m.falling.length ? (
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
            {portfolio.published && portfolio.url ? (
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
