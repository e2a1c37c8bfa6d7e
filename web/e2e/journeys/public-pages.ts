import { expectPath, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { signInDemo } from '../steps.ts';

/** About works signed out; signed-out visits to the app ask for sign-in and come back after. */
export const publicPages: Journey = {
  name: 'public-pages',
  async run({ page, baseUrl, shot }) {
    await page.goto(`${baseUrl}/about`);
    await expectVisible(page.getByRole('heading', { name: 'About Skilltrace' }), 'the About page');
    await expectVisible(page.getByText('Skills', { exact: true }), 'the taxonomy size');
    await shot('about');

    await page.goto(`${baseUrl}/app/radar`);
    await expectPath(page, '/signin');
    await signInDemo(page, baseUrl);
    await page.goto(`${baseUrl}/signin?next=%2Fapp%2Fradar`);
    await expectPath(page, '/app/radar');
    await expectVisible(
      page.getByRole('heading', { name: 'Radar', level: 1 }),
      'the Radar page after sign-in',
    );
    await shot('next-after-sign-in');
  },
};
