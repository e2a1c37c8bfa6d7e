import { lazyPage } from '../../lazy-page.ts';

// The screens of this feature, each loaded on first visit in a chunk of its own.

/** /app/admin */
export const AdminPage = lazyPage(() => import('./pages/admin-page.tsx'), 'AdminPage');
/** /app/profile */
export const ProfilePage = lazyPage(() => import('./pages/profile-page.tsx'), 'ProfilePage');
/** /app/settings */
export const SettingsPage = lazyPage(() => import('./pages/settings-page.tsx'), 'SettingsPage');
/** /signin */
export const SignInPage = lazyPage(() => import('./pages/sign-in-page.tsx'), 'SignInPage');
/** /signup */
export const SignUpPage = lazyPage(() => import('./pages/sign-up-page.tsx'), 'SignUpPage');
