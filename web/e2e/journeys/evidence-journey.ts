import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { openFromNav, signInDemo } from '../steps.ts';

async function openVerification(page: Page, credentialName: RegExp): Promise<Page> {
  const row = page.getByTestId('credential').filter({ hasText: credentialName }).first();
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    row.getByRole('button', { name: 'Verify' }).click(),
  ]);
  await tab.waitForLoadState('domcontentloaded');
  await expectVisible(tab.getByRole('heading', { name: 'Verify a credential' }), 'the verify page');
  return tab;
}

/** Where a screenshot of a page other than the journey's own goes. */
const shotPath = (step: string) =>
  fileURLToPath(new URL(`../screenshots/evidence-journey-${step}.png`, import.meta.url));

/** A row of the public verification report: "Signature", "Revocation"… */
const reportRow = (tab: Page, term: string) => tab.locator('dt', { hasText: term }).locator('+ dd');

/**
 * Evidence end to end: the seeded ledger verifies, new evidence meets a credential rule, the
 * credential is issued, verified on the public page, revoked and seen as revoked there; the
 * public portfolio renders and the JSON Resume downloads.
 */
export const evidenceJourney: Journey = {
  name: 'evidence-journey',
  async run({ page, baseUrl, shot }) {
    await signInDemo(page, baseUrl);
    await openFromNav(page, 'Evidence', '/app/evidence');
    await expectVisible(page.getByTestId('ledger-entry'), 'the seeded ledger entries');

    await page.getByRole('button', { name: 'Verify my ledger' }).click();
    await expectVisible(page.getByText(/✔ Intact/), 'the ledger reported intact');
    await shot('ledger', { fullPage: true });

    // Real evidence through the form: a reflection on Excel.
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('radio', { name: /Self-reflection/ }).check();
    await page.getByLabel('Title').fill('What reconciling supplier files taught me');
    await page.getByRole('combobox', { name: 'Add a skill' }).fill('Excel');
    await page
      .getByRole('option', { name: /^Microsoft Excel/ })
      .first()
      .click();
    await page
      .getByLabel('Description')
      .fill(
        'Agreeing column names with the client before the first export saves a day of cleaning.',
      );
    await shot('add-evidence', { fullPage: true });
    await page.getByRole('button', { name: 'Add to ledger' }).click();
    await expectVisible(page.getByText('Added to your ledger.'), 'the added entry');
    await expectVisible(
      page.getByRole('heading', { name: 'What reconciling supplier files taught me' }),
      'the new entry in the timeline',
    );

    await page
      .getByLabel('Who can see “What reconciling supplier files taught me”')
      .selectOption('public');
    await expectVisible(page.getByText(/is now public\./), 'the entry made public');
    await page
      .getByRole('navigation', { name: 'Evidence sections' })
      .getByRole('link', { name: 'Credentials' })
      .click();
    const excel = page.getByTestId('criteria-card').filter({ hasText: 'Microsoft Excel' });
    await expectVisible(excel.getByText('Criteria met'), 'Excel criteria met');
    await page.getByLabel(/Make new credentials public/).check();
    const issue = excel.getByRole('button', {
      name: /^Issue credential \(.* level\) for Microsoft Excel$/,
    });
    await issue.last().click();
    await expectVisible(page.getByText(/^Issued “Microsoft Excel/), 'the issued credential');
    await expectVisible(
      page.getByTestId('credential').getByText('Valid', { exact: true }),
      'a valid credential',
    );
    await shot('credentials', { fullPage: true });

    let tab = await openVerification(page, /Microsoft Excel/);
    await expectVisible(reportRow(tab, 'Signature').getByText('✔ valid'), '"signature valid"');
    await expectVisible(reportRow(tab, 'Revocation').getByText('✔ not revoked'), '"not revoked"');
    await tab.screenshot({ path: shotPath('verify-valid'), fullPage: true });
    await tab.close();

    await page
      .getByTestId('credential')
      .first()
      .getByRole('button', { name: /^Revoke / })
      .click();
    await expectVisible(
      page.getByRole('dialog', { name: 'Revoke this credential?' }),
      'the revoke dialog',
    );
    await shot('revoke-dialog');
    await page.getByRole('button', { name: 'Revoke credential' }).click();
    await expectVisible(page.getByTestId('credential').getByText(/^Revoked/), 'the revoked badge');

    tab = await openVerification(page, /Microsoft Excel/);
    await expectVisible(
      reportRow(tab, 'Revocation').getByText('✘ revoked'),
      '"revoked" on the page',
    );
    await expectVisible(tab.getByText('✘ Revoked by the issuer'), 'the revoked verdict');
    await tab.screenshot({ path: shotPath('verify-revoked'), fullPage: true });
    await tab.close();

    // Still met, so a fresh credential can be issued for the portfolio.
    await issue.last().click();
    await expectVisible(page.getByText('Valid', { exact: true }), 'a re-issued credential');

    // A skill story: drafted offline, every sentence with its evidence, approved.
    await page
      .getByRole('navigation', { name: 'Evidence sections' })
      .getByRole('link', { name: 'Skill stories' })
      .click();
    await page.getByLabel('Skill', { exact: true }).selectOption({ label: 'Microsoft Excel' });
    await page.getByRole('button', { name: 'Draft story' }).click();
    const story = page.getByTestId('story').first();
    await expectVisible(story.getByText(/offline template/), 'the engine label');
    await story.getByLabel(/Who can see the Microsoft Excel story/).selectOption('public');
    await story.getByRole('button', { name: 'Approve to publish' }).click();
    await expectVisible(story.getByText(/^Approved/), 'the approved story');
    await shot('stories', { fullPage: true });

    await page
      .getByRole('navigation', { name: 'Evidence sections' })
      .getByRole('link', { name: 'Portfolio' })
      .click();
    const handle = page.getByLabel('Handle');
    await handle.waitFor();
    if (!(await handle.inputValue())) await handle.fill('maya-demo');
    await page.getByLabel('Headline').fill('Freelance data analyst for e-commerce brands');
    await page.getByLabel(/Publish my portfolio/).check();
    await page.getByRole('button', { name: 'Save portfolio' }).click();
    await expectVisible(page.getByText(/Saved\. Your portfolio is live\./), 'the saved portfolio');
    await shot('portfolio-settings', { fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download JSON Resume (public items)' }).click(),
    ]);
    const resume = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as {
      basics?: { name?: string };
    };
    expectTrue(Boolean(resume.basics?.name), 'the JSON Resume names the freelancer');

    const [portfolio] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: /^Open \/p\// }).click(),
    ]);
    await portfolio.waitForLoadState('domcontentloaded');
    await expectVisible(
      portfolio.getByRole('heading', { name: /Maya Okafor/ }),
      'the public portfolio',
    );
    await portfolio.screenshot({ path: shotPath('portfolio'), fullPage: true });
    await portfolio.setViewportSize({ width: 375, height: 800 });
    await portfolio.screenshot({ path: shotPath('portfolio-375'), fullPage: true });
    await portfolio.close();

    // The ledger and credentials on a phone.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl}/app/evidence/credentials`);
    await expectVisible(page.getByTestId('credential'), 'credentials on a small screen');
    await shot('credentials-375', { fullPage: true });
  },
};
