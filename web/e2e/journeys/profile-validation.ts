import { expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { signInDemo } from '../steps.ts';

/**
 * Invalid input is explained next to the field: first the browser's own check (hours out of
 * range), then the server's `invalid_input` issues (an unknown skill id, injected into the
 * request because the picker never offers one) land on the matching skill chip.
 */
export const profileValidation: Journey = {
  name: 'profile-validation',
  async run({ page, baseUrl, shot, expectFailures }) {
    // The server's own validation answers are part of what this journey checks.
    expectFailures({ status: 400, url: /\/api\/profile$/ });
    await signInDemo(page, baseUrl);
    await page.goto(`${baseUrl}/app/profile`);
    const hours = page.getByLabel('Hours per week');
    await expectVisible(hours, 'the profile form');

    await hours.fill('100');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expectVisible(
      page.getByText('Enter a number of hours between 0 and 80.'),
      'the hours error',
    );
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Weekly hours' }), 'the summary');
    expectTrue((await hours.getAttribute('aria-invalid')) === 'true', 'hours marked invalid');
    await shot('client-error');
    await hours.fill('7');

    await page.route('**/api/profile', async (route) => {
      const request = route.request();
      if (request.method() !== 'PUT') return route.continue();
      const body = JSON.parse(request.postData() ?? '{}') as { skills: { skillId: string }[] };
      const first = body.skills[0];
      if (first) first.skillId = 'no-such-skill-anywhere';
      return route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: 'Save profile' }).click();
    const chip = page.locator('li.chip-skill').first();
    await expectVisible(chip.locator('.field-error'), 'the server error on the first skill chip');
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Skills' }), 'the summary');
    await expectVisible(page.getByText('Unsaved changes'), 'changes kept after the failure');
    await shot('server-error');
    await page.unroute('**/api/profile');
  },
};
