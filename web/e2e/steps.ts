import type { Page } from 'playwright-core';
import { expectPath, expectVisible } from './expect.ts';

/** The demo account `serve --demo` creates and `/api/auth/demo-hint` reveals. */
export const DEMO = { email: 'demo@skilltrace.local', password: 'demo-password-1' };

/** An email address no earlier run has used. */
export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** Fills and submits the sign-up form, and waits for the dashboard. */
export async function signUp(
  page: Page,
  baseUrl: string,
  user: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectPath(page, '/app');
}

/** Fills and submits the sign-in form (without waiting for the outcome). */
export async function submitSignIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs out through the sidebar and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectPath(page, '/signin');
  await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'the sign-in page');
}

/** Signs in as the demo account and waits for the dashboard. */
export async function signInDemo(page: Page, baseUrl: string): Promise<void> {
  await submitSignIn(page, baseUrl, DEMO.email, DEMO.password);
  await expectPath(page, '/app');
}

/** A new account's details, with an email no earlier run has used. */
export function newUser(
  name: string,
  emailPrefix: string,
  password: string,
): { name: string; email: string; password: string } {
  return { name, email: uniqueEmail(emailPrefix), password };
}

/** Follows a link of the main navigation and, given `path`, waits until it is shown. */
export async function openFromNav(page: Page, link: string, path?: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  if (path !== undefined) await expectPath(page, path);
}

/**
 * Fills the self-review of a submitted brief: every criterion scored (the first 4, the rest
 * 3) with the same feedback. Answers how many criteria there were; does not save.
 */
export async function fillSelfReview(page: Page): Promise<number> {
  const scores = page.getByLabel(/^Score for /);
  await expectVisible(scores, 'the self-review form');
  const count = await scores.count();
  for (let i = 0; i < count; i++) {
    await scores.nth(i).selectOption(i === 0 ? '4' : '3');
    await page
      .getByLabel(/^Feedback for /)
      .nth(i)
      .fill('Clear headline; add one chart per finding.');
  }
  return count;
}
