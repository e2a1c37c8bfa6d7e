import { expectPath, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { newUser, signUp } from '../steps.ts';

/**
 * One person's numbers agree across screens: after ticking a step and logging 45 minutes,
 * the path page, the path list and the progress page show the same steps done, hours logged
 * and hours planned (all read from the path's one numbers source).
 */
export const numbersJourney: Journey = {
  name: 'numbers-journey',
  async run({ page, baseUrl, shot }) {
    await signUp(page, baseUrl, newUser('Nora Numbers', 'numbers', 'long-enough-password'));
    await page.goto(`${baseUrl}/app/paths/new`);
    await page.getByRole('radio', { name: /A target role/ }).check();
    await page.getByLabel('Target role', { exact: true }).selectOption('data-analytics-consultant');
    await page.getByRole('button', { name: 'Create path' }).click();
    await expectPath(page, /^\/app\/paths\/(?!new$)[^/]+$/);
    // The URL changes before the path page renders: its title is read once its numbers show
    // (read at once, it was at times still the form's "New path").
    await expectVisible(page.locator('.stat', { hasText: 'Planned' }), 'the new path page');
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';

    await page.locator('.step-list > li').first().getByRole('checkbox').check();
    const ask = page.getByRole('form', { name: /^Time spent on / });
    await ask.getByRole('spinbutton').fill('45');
    await ask.getByRole('button', { name: 'Log the time' }).click();
    const logged = page.locator('.stat', { hasText: 'Logged so far' });
    await expectVisible(logged.getByText('0.8 h'), 'the time logged on the path page');
    const planned =
      (await page.locator('.stat', { hasText: 'Planned' }).locator('dd').textContent())?.trim() ??
      '';
    const plannedHours = planned.replace(/ h$/, '');
    const steps =
      (await page
        .getByText(/1 of \d+ steps done/)
        .first()
        .textContent()) ?? '';
    const total = /1 of (\d+) steps/.exec(steps)?.[1] ?? '?';
    await shot('path');

    await page.goto(`${baseUrl}/app/paths`);
    const row = page.getByRole('list', { name: 'Your paths' }).locator('li', { hasText: title });
    await expectVisible(
      row.getByText(`0.8 h of ${planned} logged`),
      'the same hours in the path list',
    );

    await page.goto(`${baseUrl}/app/progress`);
    const goal = page.locator('li', { hasText: title }).first();
    await expectVisible(goal, 'the goal on the progress page');
    const text = (await goal.textContent()) ?? '';
    expectTrue(text.includes(`1 of ${total} steps`), `progress shows 1 of ${total} steps: ${text}`);
    expectTrue(
      text.includes(`0.8 of ${plannedHours} h`),
      `progress shows 0.8 of ${plannedHours} h logged: ${text}`,
    );
    await shot('progress');
  },
};
