import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { SessionContext, type SessionState, type SessionValue } from './session-context.ts';

/** Asks the server who is signed in once, then keeps the answer for the whole app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const check = useCallback(async () => {
    const signedOut = () => {
      api.setCsrfToken(null);
      setState((prev) =>
        prev.status === 'signed-in'
          ? { status: 'signed-out', notice: 'Your session has ended. Please sign in again.' }
          : { status: 'signed-out' },
      );
    };
    try {
      const info = await api.auth.session();
      if (info.user) setState({ status: 'signed-in', user: info.user });
      else signedOut();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        signedOut();
      } else {
        const message = e instanceof Error ? e.message : 'Could not reach the server.';
        setState({ status: 'unreachable', message });
      }
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the check on retry.
  useEffect(() => {
    void check();
  }, [check, attempt]);

  // A 401 from any other call means the session expired or was revoked elsewhere.
  useEffect(() => {
    api.setOnUnauthenticated(() => void check());
    return () => api.setOnUnauthenticated(undefined);
  }, [check]);

  const value = useMemo<SessionValue>(
    () => ({
      state,
      async signIn(email, password) {
        const info = await api.auth.signIn({ email, password });
        setState({ status: 'signed-in', user: info.user });
        return info.user;
      },
      async tryDemo() {
        const info = await api.auth.tryDemo();
        setState({ status: 'signed-in', user: info.user });
        return info.user;
      },
      async signUp(input) {
        const info = await api.auth.signUp(input);
        setState({ status: 'signed-in', user: info.user });
        return info.user;
      },
      async signOut() {
        try {
          await api.auth.signOut();
        } finally {
          setState({ status: 'signed-out' });
        }
      },
      clear(notice) {
        api.setCsrfToken(null);
        setState(notice ? { status: 'signed-out', notice } : { status: 'signed-out' });
      },
      retry() {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [state],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
