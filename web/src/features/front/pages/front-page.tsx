import { Link, Navigate } from 'react-router';
import { api } from '../../../api/client.ts';
import { LoadingState } from '../../../components/loading-state.tsx';
import { PublicLayout } from '../../../components/public-layout.tsx';
import { TryDemoButton } from '../../../components/try-demo-button.tsx';
import { usePageTitle } from '../../../hooks/use-page-title.ts';
import { useSession } from '../../../session/session-context.ts';
import { CredentialPicture, RadarPicture } from './front-pictures.tsx';
import '../front.css';
import { useLoad } from '../../../hooks/use-load.ts';

/** The six capabilities in plain words, in the order a freelancer meets them. */
const CAPABILITIES: ReadonlyArray<[string, string]> = [
  [
    'See what clients want',
    'Paste job posts and client requests; see which skills are rising in your niche.',
  ],
  [
    'Get a learning path',
    'From your skills to a target role, week by week, with checked resources.',
  ],
  [
    'Practise on mock briefs',
    'Rehearse realistic client work and get reviewed by yourself, a model or a peer.',
  ],
  ['Keep proof', 'A tamper-evident ledger of what you did, confirmed by clients where they can.'],
  ['Show verified credentials', 'Open Badges anyone can verify, and a public portfolio page.'],
  [
    'Learn with peers',
    'Matched with freelancers who know what you want to learn, not competitors.',
  ],
];

/**
 * `/` for visitors: what Skilltrace does for a freelancer on one screen, "Try the demo",
 * sign up, sign in and the public verify page. Signed-in visitors go to their dashboard.
 */
export function FrontPage() {
  usePageTitle('Skilltrace: learn what your clients will pay for, and prove it');
  const { state } = useSession();
  const { data: demo } = useLoad(() => api.auth.demoHint(), []);

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'signed-in') return <Navigate to="/app" replace />;

  return (
    <PublicLayout wide>
      <section className="front-hero" aria-labelledby="front-title">
        <h1 id="front-title">Learn what your clients will pay for, and prove you can do it.</h1>
        <p className="lead">
          Skilltrace is a learning companion for freelance knowledge workers. It runs on your own
          server, and works without an AI model.
        </p>
        <div className="front-actions">
          {demo?.personal ? <TryDemoButton /> : null}
          <Link to="/signup" className="button button-secondary">
            Create an account
          </Link>
          <Link to="/signin" className="front-link">
            Sign in
          </Link>
        </div>
        {demo?.personal ? (
          <p className="muted front-note">
            The demo is your own copy of a freelancer’s workspace, kept for 24 hours.
          </p>
        ) : null}
      </section>
      <section className="front-pictures" aria-label="What it looks like">
        <RadarPicture />
        <CredentialPicture />
      </section>
      <section aria-labelledby="front-what">
        <h2 id="front-what" className="section-title">
          What it does
        </h2>
        <ul className="front-grid">
          {CAPABILITIES.map(([title, text]) => (
            <li key={title}>
              <h3>{title}</h3>
              <p>{text}</p>
            </li>
          ))}
        </ul>
      </section>
      <p className="front-verify">
        Got a Skilltrace credential from someone? <a href="/verify">Verify it</a>.
      </p>
    </PublicLayout>
  );
}
