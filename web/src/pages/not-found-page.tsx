import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';

/** Any path the app does not know. */
export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <>
      <PageHeader title="Page not found" description="There is nothing at this address." />
      <Link to="/app" className="button button-secondary">
        Go to the dashboard
      </Link>
    </>
  );
}
