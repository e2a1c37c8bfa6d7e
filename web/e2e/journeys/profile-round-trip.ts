import type { Page } from 'playwright-core';
import { expectEqual, expectPath, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { newUser, openFromNav, signOut, signUp, submitSignIn } from '../steps.ts';

const HEADLINE = 'Data analyst for independent e-commerce brands';

/** Picks the first search result for `query` in the skill picker; returns its name. */
async function addSkill(page: Page, query: string): Promise<string> {
  const input = page.getByRole('combobox', { name: 'Add a skill' });
  await input.fill(query);
  const first = page.locator('[role="option"]:not(.option-empty)').first();
  await expectVisible(first, `search results for "${query}"`);
  const name = (await first.locator('.option-name').textContent())?.trim() ?? '';
  await input.press('Enter');
  await expectVisible(page.getByRole('button', { name: `Remove ${name}` }), `the ${name} chip`);
  return name;
}

interface Expected {
  skills: [string, string][];
  role: string;
}

async function assertProfile(page: Page, expected: Expected): Promise<void> {
  await expectVisible(page.getByRole('heading', { name: 'Profile', level: 1 }), 'the profile');
  await expectVisible(page.getByLabel('Headline'), 'the headline field');
  expectEqual(await page.getByLabel('Headline').inputValue(), HEADLINE, 'headline');
  for (const [name, level] of expected.skills) {
    await expectVisible(page.getByRole('button', { name: `Remove ${name}` }), `skill ${name}`);
    expectEqual(await page.getByLabel(`Level for ${name}`).inputValue(), level, `${name} level`);
  }
  await expectVisible(
    page.getByRole('button', { name: `Remove ${expected.role}` }),
    `target role ${expected.role}`,
  );
  expectEqual(await page.getByLabel('Hours per week').inputValue(), '7.5', 'weekly hours');
  const pressed = async (day: string) =>
    page.getByRole('button', { name: day, exact: true }).getAttribute('aria-pressed');
  expectEqual(await pressed('Tue'), 'true', 'Tuesday selected');
  expectEqual(await pressed('Fri'), 'false', 'Friday not selected');
  expectTrue(await page.getByLabel('Video').isChecked(), 'Video format should be checked');
  expectTrue(!(await page.getByLabel('Reading').isChecked()), 'Reading should be unchecked');
  await expectVisible(page.getByRole('button', { name: 'Remove Upwork' }), 'the Upwork platform');
  expectTrue(
    await page.getByLabel('Data analysis & visualisation').isChecked(),
    'the data domain should be checked',
  );
}

/**
 * A new user signs up, fills in the profile, saves, and finds it intact after a reload and
 * after signing out and in again.
 */
export const profileRoundTrip: Journey = {
  name: 'profile-round-trip',
  async run({ page, baseUrl, shot }) {
    const user = newUser('Ana Ribeiro', 'ana', 'correct-horse-42');
    await signUp(page, baseUrl, user);
    await expectVisible(page.getByRole('heading', { name: 'Welcome, Ana' }), 'the greeting');
    await expectVisible(
      page.getByRole('link', { name: 'Your profile' }),
      "the first-run guide's profile step",
    );
    await shot('dashboard-empty');

    await openFromNav(page, 'Profile', '/app/profile');
    await expectVisible(page.getByLabel('Headline'), 'the profile form');
    await expectVisible(page.getByText('All changes saved'), 'the saved state');

    await page.getByLabel('Headline').fill(HEADLINE);
    await page.getByLabel('Data analysis & visualisation').check();
    const sql = await addSkill(page, 'sql');
    const tableau = await addSkill(page, 'tableau');
    await page.getByLabel(`Level for ${sql}`).selectOption('4');
    await page.getByLabel(`Level for ${tableau}`).selectOption('2');

    const roleSelect = page.getByLabel('Role', { exact: true });
    const roleValue = await roleSelect
      .locator('option:not([value=""])')
      .first()
      .getAttribute('value');
    expectTrue(Boolean(roleValue), 'the role list should offer roles');
    await roleSelect.selectOption(roleValue ?? '');
    const role = (await roleSelect.locator(`option[value="${roleValue}"]`).textContent()) ?? '';
    await page.getByRole('button', { name: 'Add role' }).click();

    await page.getByLabel('Hours per week').fill('7.5');
    await page.getByRole('button', { name: 'Tue', exact: true }).click();
    const friday = page.getByRole('button', { name: 'Fri', exact: true });
    if ((await friday.getAttribute('aria-pressed')) === 'true') await friday.click();
    await page.getByLabel('Video').check();
    await page.getByLabel('Reading').uncheck();
    await page.getByRole('button', { name: 'Add Upwork' }).click();

    await expectVisible(page.getByText('Unsaved changes'), 'the unsaved-changes indicator');
    await shot('profile-filled', { fullPage: true });
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expectVisible(page.getByText('Profile saved.'), 'the success message');
    await expectVisible(page.getByText('All changes saved'), 'the saved state after saving');
    await shot('profile-saved', { fullPage: true });

    const expected: Expected = {
      skills: [
        [sql, '4'],
        [tableau, '2'],
      ],
      role: role.trim(),
    };
    await page.reload();
    await assertProfile(page, expected);
    await shot('profile-reloaded', { fullPage: true });

    await signOut(page);
    await submitSignIn(page, baseUrl, user.email, user.password);
    await expectPath(page, '/app');
    await expectVisible(page.getByRole('heading', { name: 'Your profile' }), 'the profile summary');
    await page.goto(`${baseUrl}/app/profile`);
    await assertProfile(page, expected);
    await shot('profile-after-signin');
  },
};
