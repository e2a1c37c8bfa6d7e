import { createContext, useContext } from 'react';
import type { Me } from '../../../src/shared/accounts.ts';

/** Where the browser stands with the server: still asking, signed out, or signed in. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; notice?: string }
  | { status: 'unreachable'; message: string }
  | { status: 'signed-in'; user: Me };

/** The session plus the verbs that change it. */
export interface SessionValue {
  state: SessionState;
  signIn(email: string, password: string): Promise<Me>;
  signUp(input: { email: string; password: string; name: string }): Promise<Me>;
  /** "Try the demo": a fresh copy of the demo workspace, signed in. */
  tryDemo(): Promise<Me>;
  signOut(): Promise<void>;
  /** Forget the session locally, with a notice for the sign-in page (e.g. "account deleted"). */
  clear(notice?: string): void;
  retry(): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The current session; must be used under `SessionProvider`. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The signed-in user; only for screens rendered behind `RequireAuth`. */
export function useUser(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser needs a signed-in session');
  return state.user;
}
