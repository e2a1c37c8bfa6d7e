import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A page loaded on first visit: `lazyPage(() => import('./x.tsx'), 'XPage')`. Each call
 * becomes its own chunk, so a visitor downloads only the screens they open.
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** The app's own pages, each in a chunk of its own (capability pages: capability-pages.tsx). */
export const AboutPage = lazyPage(() => import('./pages/about-page.tsx'), 'AboutPage');
export const AdminPage = lazyPage(() => import('./pages/admin-page.tsx'), 'AdminPage');
export const DashboardPage = lazyPage(() => import('./pages/dashboard-page.tsx'), 'DashboardPage');
export const NotFoundPage = lazyPage(() => import('./pages/not-found-page.tsx'), 'NotFoundPage');
export const ProfilePage = lazyPage(() => import('./pages/profile-page.tsx'), 'ProfilePage');
export const SettingsPage = lazyPage(() => import('./pages/settings-page.tsx'), 'SettingsPage');
export const SignInPage = lazyPage(() => import('./pages/sign-in-page.tsx'), 'SignInPage');
export const SignUpPage = lazyPage(() => import('./pages/sign-up-page.tsx'), 'SignUpPage');
