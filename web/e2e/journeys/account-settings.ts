import { expectEqual, expectPath, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { newUser, openFromNav, signUp, submitSignIn } from '../steps.ts';

/**
 * Settings end to end: an API token is shown once and copied, then revoked; the password
 * changes; the export downloads as a dated file and imports back; deletion needs the email.
 */
export const accountSettings: Journey = {
  name: 'account-settings',
  async run({ page, context, baseUrl, shot, expectFailures }) {
    // Old credentials are tried on purpose after the password change and the deletion.
    expectFailures({ status: 401, url: /\/api\/auth\/signin$/ });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const user = newUser('Bo Lind', 'bo', 'first-password-1');
    await signUp(page, baseUrl, user);
    await openFromNav(page, 'Settings', '/app/settings');

    await page.getByLabel('Token name').fill('Laptop CLI');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByTestId('new-token');
    await expectVisible(secret, 'the new token');
    const token = await secret.inputValue();
    expectTrue(token.length > 16, 'the token should be a long secret');
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expectVisible(page.getByRole('button', { name: 'Copied' }), 'the copied state');
    expectEqual(await page.evaluate(() => navigator.clipboard.readText()), token, 'clipboard');
    await expectVisible(page.getByRole('cell', { name: 'Laptop CLI' }), 'the token row');
    await shot('token-created');
    await page.getByRole('button', { name: 'Done' }).click();
    expectEqual(await secret.count(), 0, 'the secret should be gone after Done');

    await page.getByRole('button', { name: 'Revoke Laptop CLI' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await expectVisible(page.getByText('Revoked “Laptop CLI”.'), 'the revoke confirmation');
    await expectVisible(page.getByText('No tokens yet.'), 'the empty token list');

    await page.getByLabel('Current password').fill(user.password);
    await page.getByLabel('New password', { exact: true }).fill('second-password-2');
    await page.getByLabel('Repeat new password').fill('second-password-2');
    await page.getByRole('button', { name: 'Change password' }).click();
    // The server ends every session on a password change; the app says so on the sign-in page.
    await expectPath(page, '/signin');
    await expectVisible(
      page.getByText(/Password changed\. Every sign-in and API token has ended/),
      'the notice',
    );
    await shot('password-changed');
    await submitSignIn(page, baseUrl, user.email, 'second-password-2');
    await expectPath(page, '/app');

    await page.goto(`${baseUrl}/app/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my data' }).click(),
    ]);
    const filename = download.suggestedFilename();
    expectTrue(
      /^skilltrace-export-\d{4}-\d{2}-\d{2}\.json$/.test(filename),
      `unexpected export file name ${filename}`,
    );
    const file = await download.path();
    await page.getByLabel('Import from file…').setInputFiles(file);
    await expectVisible(
      page.getByRole('status').filter({ hasText: /^(Imported \d+ record|Read )/ }),
      'the import result',
    );
    await shot('export-import', { fullPage: true });

    await page.goto(`${baseUrl}/app/settings`);
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    const confirm = dialog.getByRole('button', { name: 'Delete account forever' });
    await dialog.getByLabel('Your password').fill('second-password-2');
    expectTrue(await confirm.isDisabled(), 'deleting must wait for the typed email');
    await dialog.getByLabel('Your email').fill(user.email);
    await shot('delete-dialog');
    await confirm.click();
    await expectPath(page, '/signin');
    await submitSignIn(page, baseUrl, user.email, 'second-password-2');
    await expectVisible(page.getByRole('alert'), 'the sign-in error for a deleted account');
  },
};
