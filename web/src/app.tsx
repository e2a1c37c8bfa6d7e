import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { CAPABILITIES } from './capabilities.ts';
import { CAPABILITY_PAGES } from './capability-pages.tsx';
import { AdaptiveLayout } from './components/adaptive-layout.tsx';
import { AppShell } from './components/app-shell.tsx';
import { ComingSoon } from './components/coming-soon.tsx';
import { LoadingState } from './components/loading-state.tsx';
import { RequireAuth } from './components/require-auth.tsx';
import { SkipLink } from './components/skip-link.tsx';
import {
  AboutPage,
  AdminPage,
  DashboardPage,
  FrontPage,
  NotFoundPage,
  ProfilePage,
  SettingsPage,
  SignInPage,
  SignUpPage,
} from './lazy-pages.tsx';
import { SessionProvider } from './session/session-provider.tsx';

/**
 * The whole browser app: session, routes and the skip link that precedes everything. Every
 * page is its own chunk, fetched when its route is first shown.
 */
export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <SkipLink />
        {/* Pages load on first visit (lazy-pages.tsx); this shows while one arrives. */}
        <Suspense fallback={<LoadingState />}>
          <Routes>
            <Route path="/" element={<FrontPage />} />
            <Route path="/signin" element={<SignInPage />} />
            <Route path="/signup" element={<SignUpPage />} />
            <Route
              path="/app"
              element={
                <RequireAuth>
                  <AppShell />
                </RequireAuth>
              }
            >
              <Route index element={<DashboardPage />} />
              {CAPABILITIES.map((c) => {
                const Page = CAPABILITY_PAGES[c.key];
                return (
                  <Route
                    key={c.key}
                    path={`${c.key}/*`}
                    element={Page ? <Page /> : <ComingSoon capability={c} />}
                  />
                );
              })}
              <Route path="profile" element={<ProfilePage />} />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="admin" element={<AdminPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
            <Route element={<AdaptiveLayout />}>
              <Route path="/about" element={<AboutPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </SessionProvider>
  );
}
