import { expectPath, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { newUser, signOut, signUp, submitSignIn } from '../steps.ts';

/**
 * The first real account administers the instance: it sees Admin, adds a member, resets
 * their password and saves instance settings. The member sees no Admin item and cannot open it.
 * Runs first, on the fresh instance the runner starts.
 */
export const admin: Journey = {
  name: 'admin',
  async run({ page, baseUrl, shot }) {
    await signUp(page, baseUrl, newUser('Ada Admin', 'ada', 'admin-password-1'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Admin' }).click();
    await expectPath(page, '/app/admin');
    await expectVisible(
      page.getByRole('cell', { name: 'demo@skilltrace.local' }),
      'the demo user row',
    );

    const member = newUser('Max Member', 'max', 'member-password-1');
    await page.getByLabel('Name').fill(member.name);
    await page.getByLabel('Email').fill(member.email);
    await page.getByLabel('Initial password').fill(member.password);
    await page.getByRole('button', { name: 'Create user' }).click();
    await expectVisible(page.getByText(`Created ${member.email}.`), 'the created message');
    await expectVisible(page.getByRole('cell', { name: member.email }), 'the new user row');

    await page.getByRole('button', { name: `Reset password for ${member.name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New password').fill('member-password-2');
    await dialog.getByRole('button', { name: 'Set password' }).click();
    await expectVisible(
      page.getByText(`New password set for ${member.email}.`),
      'the reset message',
    );

    await page.getByLabel(/^Closed/).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expectVisible(page.getByText('Instance settings saved.'), 'the settings message');
    await page.getByLabel(/^Open/).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await shot('page', { fullPage: true });

    await signOut(page);
    await submitSignIn(page, baseUrl, member.email, 'member-password-2');
    await expectPath(page, '/app');
    expectTrue(
      (await nav.getByRole('link', { name: 'Admin' }).count()) === 0,
      'members see no Admin',
    );
    await page.goto(`${baseUrl}/app/admin`);
    await expectPath(page, '/app');
  },
};
