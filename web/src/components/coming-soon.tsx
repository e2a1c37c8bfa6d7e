import { Link } from 'react-router';
import type { Capability } from '../capabilities.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { PageHeader } from './page-header.tsx';

/** The honest placeholder of a capability that a later release adds. */
export function ComingSoon({ capability }: { capability: Capability }) {
  usePageTitle(capability.label);
  return (
    <>
      <PageHeader title={capability.label} />
      <section className="panel coming-soon" aria-labelledby="coming-soon-title">
        <span className="badge">Coming in a later release</span>
        <h2 id="coming-soon-title">What {capability.label} will do for you</h2>
        <p>{capability.promise}</p>
        <p className="muted">
          Nothing here yet, and no sample data. Meanwhile, keeping your{' '}
          <Link to="/app/profile">profile</Link> current means it can start from your real skills
          and goals.
        </p>
      </section>
    </>
  );
}
