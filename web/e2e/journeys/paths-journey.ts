import { expectPath, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { openFromNav, signInDemo } from '../steps.ts';

/**
 * The demo user creates a path for a target role, checks every step's confidence and
 * sources, ticks a step off, subscribes to the calendar feed and regenerates it unchanged.
 */
export const pathsJourney: Journey = {
  name: 'paths-journey',
  async run({ page, baseUrl, shot }) {
    await signInDemo(page, baseUrl);
    await openFromNav(page, 'Paths', '/app/paths');
    await expectVisible(page.getByRole('list', { name: 'Your paths' }), 'the demo path list');
    await shot('list');

    await page.getByRole('link', { name: 'New path' }).click();
    await expectPath(page, '/app/paths/new');
    await page.getByRole('radio', { name: /A target role/ }).check();
    await page.getByLabel('Target role', { exact: true }).selectOption('data-analytics-consultant');
    await shot('new', { fullPage: true });
    await page.getByRole('button', { name: 'Create path' }).click();
    await expectPath(page, /^\/app\/paths\/(?!new$)[^/]+$/);
    const pathUrl = page.url();

    const steps = page.locator('.step-list > li');
    await expectVisible(steps, 'the steps of the new path');
    const count = await steps.count();
    expectTrue(count > 0, 'the path should have steps');
    for (let i = 0; i < count; i++) {
      const step = steps.nth(i);
      const badge = await step.locator('.confidence-badge').textContent();
      expectTrue(/\d\.\d\d (High|Medium|Low)/.test(badge ?? ''), `step ${i + 1} confidence badge`);
      expectTrue((await step.locator('.resource').count()) > 0, `step ${i + 1} cites a source`);
    }
    await expectVisible(page.getByText(/You already know .* — skipped/), 'skipped held skills');
    await shot('detail');

    const first = steps.first();
    await first.locator('.confidence-badge').click();
    await expectVisible(first.getByText('Source authority'), 'the confidence breakdown');
    await shot('confidence');
    await first.locator('.confidence-badge').click();
    await first.locator('.resource summary').first().click();
    await expectVisible(first.getByText('Vouched by'), 'the provenance of a source');
    await shot('provenance');

    const box = first.getByRole('checkbox');
    await box.check();
    // Ticking asks for the time the step took; hours come from time logged.
    const ask = page.getByRole('form', { name: /^Time spent on / });
    await ask.getByRole('spinbutton').fill('45');
    await ask.getByRole('button', { name: 'Log the time' }).click();
    await expectVisible(
      page.getByText(/1 of \d+ steps done/).first(),
      'the progress after ticking',
    );
    await expectVisible(
      page.locator('.stat', { hasText: 'Logged so far' }).getByText('0.8 h'),
      'the 45 minutes logged, shown in the path numbers',
    );
    await page.reload();
    expectTrue(
      await page.locator('.step-list > li').first().getByRole('checkbox').isChecked(),
      'tick survives reload',
    );

    await page.getByRole('link', { name: 'Schedule' }).click();
    await expectVisible(page.getByRole('heading', { name: /^Week of / }), 'the week view');
    await expectVisible(page.locator('table tbody tr'), 'sessions this week');
    await page.getByRole('button', { name: 'Next week →' }).click();
    await page.getByRole('button', { name: 'Create calendar link' }).click();
    const httpsField = page.getByLabel('Calendar link (https)');
    await expectVisible(httpsField, 'the calendar link');
    const icsUrl = await httpsField.inputValue();
    const ics = await page.request.get(icsUrl);
    const body = await ics.text();
    expectTrue(
      body.startsWith('BEGIN:VCALENDAR'),
      `the feed should be iCalendar, got ${body.slice(0, 40)}`,
    );
    await shot('schedule', { fullPage: true });

    await page.getByRole('link', { name: 'Versions' }).click();
    const regen = page.getByRole('button', { name: 'Regenerate' });
    await regen.click();
    const identical = page.getByText(/No changes — identical to version \d+/);
    const changed = page.getByText(/New version \d+ created/);
    await expectVisible(identical.or(changed), 'the regenerate result');
    if (await changed.isVisible()) {
      // A background link check between creating and regenerating is a real input change;
      // the second regeneration with nothing new must be identical.
      await shot('regenerated-changed', { fullPage: true });
      await regen.click();
      await expectVisible(identical, 'the identical message on the second regeneration');
    }
    await shot('versions', { fullPage: true });
    expectTrue(page.url().startsWith(pathUrl), 'still on the same path');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(pathUrl);
    await expectVisible(page.locator('.step-list > li'), 'the steps on a small screen');
    await page.locator('.step-list > li').first().locator('.confidence-badge').click();
    await shot('small-screen', { fullPage: true });
  },
};
