import { expectEqual, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { signInDemo } from '../steps.ts';

const focusedText = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/**
 * Keyboard use: Tab reaches the skip link first and it moves focus to the content; the
 * current page is marked in the navigation; a dialog takes focus and closes with Escape.
 */
export const keyboard: Journey = {
  name: 'keyboard',
  async run({ page, baseUrl, shot }) {
    await page.goto(`${baseUrl}/signin`);
    await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'the sign-in page');
    await page.keyboard.press('Tab');
    expectEqual(await focusedText(page), 'Skip to content', 'first Tab stop on sign-in');
    await shot('skip-link-signin');

    await signInDemo(page, baseUrl);
    await expectVisible(page.getByRole('heading', { name: /^Welcome, / }), 'the dashboard');
    // A fresh load, so Tab starts from the top of the document.
    await page.reload();
    await expectVisible(
      page.getByRole('heading', { name: /^Welcome, / }),
      'the reloaded dashboard',
    );
    await page.keyboard.press('Tab');
    expectEqual(await focusedText(page), 'Skip to content', 'first Tab stop on the dashboard');
    await shot('skip-link-dashboard');
    await page.keyboard.press('Enter');
    expectEqual(
      await page.evaluate(() => document.activeElement?.id),
      'main',
      'focus after the skip link',
    );

    const current = page.locator('nav[aria-label="Main"] [aria-current="page"]');
    expectEqual((await current.textContent())?.trim(), 'Dashboard', 'aria-current item');

    await page.goto(`${baseUrl}/app/settings`);
    const opener = page.getByRole('button', { name: 'Delete my account…' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await expectVisible(dialog, 'the delete-account dialog');
    expectTrue(
      await dialog.evaluate((d) => d.contains(document.activeElement)),
      'focus should move into the dialog',
    );
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    expectTrue(
      await dialog.evaluate((d) => d.contains(document.activeElement)),
      'Tab should stay inside the dialog',
    );
    await shot('dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    expectEqual(await focusedText(page), 'Delete my account…', 'focus back on the opener');
  },
};
