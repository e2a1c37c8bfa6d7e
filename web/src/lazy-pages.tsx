import { lazyPage } from './lazy-page.ts';

export {
  AdminPage,
  ProfilePage,
  SettingsPage,
  SignInPage,
  SignUpPage,
} from './features/accounts/routes.tsx';
export { DashboardPage } from './features/dashboard/routes.tsx';
export { FrontPage } from './features/front/routes.tsx';
export { lazyPage };

/** The app's own pages outside any feature, each in a chunk of its own. */
export const AboutPage = lazyPage(() => import('./pages/about-page.tsx'), 'AboutPage');
export const NotFoundPage = lazyPage(() => import('./pages/not-found-page.tsx'), 'NotFoundPage');
