import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../session/session-context.ts';
import { LoadingState } from './loading-state.tsx';
import { ServerUnreachable } from './server-unreachable.tsx';

/** Renders its children for a signed-in user; otherwise sends them to sign in and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <LoadingState label="Checking your session…" />;
  if (state.status === 'unreachable') return <ServerUnreachable message={state.message} />;
  if (state.status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
