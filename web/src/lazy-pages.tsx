import { lazyPage } from './lazy-page.ts';

export { lazyPage };

/** The app's own pages, each in a chunk of its own (capability pages: capability-pages.tsx). */
export const AboutPage = lazyPage(() => import('./pages/about-page.tsx'), 'AboutPage');
export const AdminPage = lazyPage(() => import('./pages/admin-page.tsx'), 'AdminPage');
export const DashboardPage = lazyPage(() => import('./pages/dashboard-page.tsx'), 'DashboardPage');
export const FrontPage = lazyPage(() => import('./pages/front/front-page.tsx'), 'FrontPage');
export const NotFoundPage = lazyPage(() => import('./pages/not-found-page.tsx'), 'NotFoundPage');
export const ProfilePage = lazyPage(() => import('./pages/profile-page.tsx'), 'ProfilePage');
export const SettingsPage = lazyPage(() => import('./pages/settings-page.tsx'), 'SettingsPage');
export const SignInPage = lazyPage(() => import('./pages/sign-in-page.tsx'), 'SignInPage');
export const SignUpPage = lazyPage(() => import('./pages/sign-up-page.tsx'), 'SignUpPage');
