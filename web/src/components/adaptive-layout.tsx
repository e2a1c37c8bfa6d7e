import { Outlet } from 'react-router';
import { useSession } from '../session/session-context.ts';
import { AppShell } from './app-shell.tsx';
import { LoadingState } from './loading-state.tsx';
import { PublicLayout } from './public-layout.tsx';

/** For pages anyone may see (About): inside the app frame when signed in, plain otherwise. */
export function AdaptiveLayout() {
  const { state } = useSession();
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'signed-in') return <AppShell />;
  return (
    <PublicLayout wide>
      <Outlet />
    </PublicLayout>
  );
}
