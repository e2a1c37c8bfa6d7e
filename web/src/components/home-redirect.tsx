import { Navigate } from 'react-router';
import { useSession } from '../session/session-context.ts';
import { LoadingState } from './loading-state.tsx';

/** `/` goes to the dashboard when signed in and to sign-in otherwise. */
export function HomeRedirect() {
  const { state } = useSession();
  if (state.status === 'loading') return <LoadingState />;
  return <Navigate to={state.status === 'signed-in' ? '/app' : '/signin'} replace />;
}
