import { expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { openFromNav, signInDemo } from '../steps.ts';

/**
 * The demo user reads the progress charts (and their tables), times a session, and hides a
 * panel that stays hidden after a reload.
 */
export const progressJourney: Journey = {
  name: 'progress-journey',
  async run({ page, baseUrl, shot }) {
    await signInDemo(page, baseUrl);
    await openFromNav(page, 'Progress', '/app/progress');
    await expectVisible(page.getByRole('heading', { name: 'Hours per week' }), 'the hours panel');
    await expectVisible(page.locator('.recharts-surface'), 'a rendered chart');
    await shot('overview', { fullPage: true });

    const hoursPanel = page.locator('section', {
      has: page.getByRole('heading', { name: 'Hours per week' }),
    });
    await hoursPanel.getByRole('button', { name: 'Show as table' }).first().click();
    const cells = hoursPanel.locator('table tbody td');
    await expectVisible(cells, 'the hours table');
    const text = (await cells.allTextContents()).join(' ');
    expectTrue(/\d/.test(text), 'the hours table shows numbers');
    await shot('table');

    await page.getByRole('button', { name: 'Start timer' }).click();
    await expectVisible(page.getByText(/Timer running on/), 'the running timer');
    await shot('timer-running');
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Stop timer' }).click();
    await expectVisible(
      page.getByText(/^Logged (under a minute|\d+ min)/),
      'the stopped-timer message',
    );
    await expectVisible(page.getByRole('cell', { name: 'Timer' }), 'the timer entry in the list');
    await shot('timer-logged');

    await Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith('/api/progress/view') && r.request().method() === 'PUT',
      ),
      page.getByRole('button', { name: 'Hide Learning velocity' }).click(),
    ]);
    await page.reload();
    await expectVisible(
      page.getByRole('heading', { name: 'Hours per week' }),
      'the page after reload',
    );
    expectTrue(
      (await page.getByRole('heading', { name: 'Learning velocity' }).count()) === 0,
      'the velocity panel stays hidden after a reload',
    );
    await shot('hidden-panel', { fullPage: true });

    await page.getByText('Customise this page').click();
    await page.getByLabel('Show Learning velocity').check();
    await expectVisible(page.getByRole('heading', { name: 'Learning velocity' }), 'velocity back');

    await Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith('/api/progress/view') && r.request().method() === 'PUT',
      ),
      page.getByRole('button', { name: 'Hide Reviews due' }).click(),
    ]);
    await openFromNav(page, 'Dashboard');
    await expectVisible(page.getByText('Next session'), 'the dashboard progress summary');
    expectTrue(
      (await page.locator('.dashboard-summary').getByText('Reviews due').count()) === 0,
      'the dashboard respects the hidden reviews panel',
    );
    await shot('dashboard');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl}/app/progress`);
    await expectVisible(
      page.getByRole('heading', { name: 'Hours per week' }),
      'progress on a small screen',
    );
    await shot('small-screen', { fullPage: true });
  },
};
