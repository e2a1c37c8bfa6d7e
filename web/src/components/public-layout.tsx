import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Wordmark } from './wordmark.tsx';

/** The frame of pages shown without a session: sign-in, sign-up, About. */
export function PublicLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="public">
      <header className="public-head">
        <Wordmark />
        <nav aria-label="Site" className="public-nav">
          <Link to="/about">About</Link>
          <Link to="/signin">Sign in</Link>
        </nav>
      </header>
      <main
        id="main"
        className={wide ? 'public-main public-main-wide' : 'public-main'}
        tabIndex={-1}
      >
        {children}
      </main>
      <footer className="public-foot">
        Skilltrace runs on your own server. Your data stays with you.
      </footer>
    </div>
  );
}
