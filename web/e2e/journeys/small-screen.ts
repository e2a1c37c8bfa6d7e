import type { Page } from 'playwright-core';
import { expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { openFromNav, signInDemo } from '../steps.ts';

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expectTrue(scroll <= client, `${where} scrolls sideways at 375 px (${scroll} > ${client})`);
}

/** At 375 px the app fits the screen and the navigation opens from a menu button. */
export const smallScreen: Journey = {
  name: 'small-screen',
  viewport: { width: 375, height: 812 },
  async run({ page, baseUrl, shot }) {
    await page.goto(`${baseUrl}/signin`);
    await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'the sign-in page');
    await expectNoSidewaysScroll(page, 'sign-in');
    await shot('signin');

    await signInDemo(page, baseUrl);
    await expectVisible(page.getByRole('heading', { name: /^Welcome, / }), 'the dashboard');
    await expectNoSidewaysScroll(page, 'dashboard');
    await shot('dashboard');

    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expectVisible(page.getByRole('navigation', { name: 'Main' }), 'the opened menu');
    await shot('menu');
    await openFromNav(page, 'Profile', '/app/profile');
    await expectVisible(page.getByLabel('Headline'), 'the profile form');
    await expectNoSidewaysScroll(page, 'profile');
    await shot('profile');
    await shot('profile-full', { fullPage: true });
    await page
      .getByRole('heading', { name: 'Skills', level: 2 })
      .evaluate((h) => h.scrollIntoView());
    await shot('profile-skills');
  },
};
