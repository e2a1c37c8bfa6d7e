import { expectPath, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { DEMO, submitSignIn } from '../steps.ts';

/** A wrong password keeps the user on the sign-in page with a clear error. */
export const wrongPassword: Journey = {
  name: 'wrong-password',
  async run({ page, baseUrl, shot, expectFailures }) {
    expectFailures({ status: 401, url: /\/api\/auth\/signin$/ });
    await submitSignIn(page, baseUrl, DEMO.email, 'not-the-password-1');
    await expectVisible(
      page.getByRole('alert').filter({ hasText: 'That email and password do not match' }),
      'the wrong-password error',
    );
    await expectPath(page, '/signin');
    await shot('error');
  },
};
