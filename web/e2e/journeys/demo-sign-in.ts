import { expectPath, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { DEMO, openFromNav } from '../steps.ts';

/** The sign-in page offers the demo credentials, and they lead to the dashboard. */
export const demoSignIn: Journey = {
  name: 'demo-sign-in',
  async run({ page, baseUrl, shot }) {
    await page.goto(`${baseUrl}/signin`);
    await expectVisible(
      page.getByText(`${DEMO.email} / ${DEMO.password}`),
      'the demo hint with the demo credentials',
    );
    await shot('hint');
    await page.getByRole('button', { name: 'Use demo account' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectPath(page, '/app');
    await expectVisible(page.getByRole('heading', { name: /^Welcome, / }), 'the greeting');
    await expectVisible(page.getByText('Demo account'), 'the demo badge');
    await expectVisible(page.getByRole('heading', { name: 'Your profile' }), 'the demo profile');
    await shot('dashboard');
    await openFromNav(page, 'Profile');
    await expectVisible(page.getByRole('button', { name: /^Remove / }), 'the demo skills');
    await shot('profile', { fullPage: true });
  },
};
