import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { useSession, useUser } from '../session/session-context.ts';
import { BusyButton } from '../ui/busy-button.tsx';
import { SideNav } from './side-nav.tsx';
import { Wordmark } from './wordmark.tsx';

/** The signed-in frame: sidebar navigation (a menu on small screens) and the page. */
export function AppShell() {
  const user = useUser();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // On navigation: close the small-screen menu and move focus to the new page, so keyboard
  // and screen-reader users start there instead of deep in the sidebar.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  // A profile without a time zone takes the browser's, once, so "today" and schedules match
  // the person's clock from the first path on (demo accounts are left as they are).
  useEffect(() => {
    if (user.isDemo) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    api.profile
      .get()
      .then((p) => (p.timeZone ? undefined : api.profile.put({ ...p, timeZone: zone })))
      .catch(() => undefined);
  }, [user.isDemo]);

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      setSigningOut(false);
      navigate('/signin', { replace: true });
    }
  }

  return (
    <div className="shell">
      <aside className={menuOpen ? 'sidebar sidebar-open' : 'sidebar'}>
        <div className="sidebar-head">
          <Wordmark to="/app" />
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {menuOpen ? 'Close' : 'Menu'}
          </button>
        </div>
        <SideNav
          id="main-nav"
          isAdmin={user.role === 'admin'}
          onNavigate={() => setMenuOpen(false)}
        />
        <div className="sidebar-foot">
          <div className="user-card">
            <span className="avatar" aria-hidden="true">
              {initials(user.name)}
            </span>
            <span className="user-meta">
              <span className="user-name">{user.name}</span>
              <span className="user-email">{user.email}</span>
            </span>
          </div>
          {user.isDemo ? <span className="badge badge-warning">Demo account</span> : null}
          <BusyButton
            className="button button-secondary button-block"
            onClick={handleSignOut}
            busy={signingOut}
            busyLabel="Signing out…"
          >
            Sign out
          </BusyButton>
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1} ref={main}>
        <div className="main-inner">
          <Outlet />
        </div>
      </main>
    </div>
  );
}

function initials(name: string): string {
  // Words that start with a letter: "Maya Okafor (demo)" → "MO".
  const parts = name
    .trim()
    .split(/\s+/)
    .filter((p) => /^\p{L}/u.test(p));
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0]];
  return letters.map((p) => p?.[0]?.toUpperCase() ?? '').join('') || '?';
}
