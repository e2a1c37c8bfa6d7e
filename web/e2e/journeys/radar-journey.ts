import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectEqual, expectPath, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { openFromNav, signInDemo } from '../steps.ts';

// Three good rows and one with an unreadable date (data row 3).
const CSV = [
  'Job Title,Description,Posted On,Budget,Company',
  'Churn dashboard for a subscription box,"Build a Looker Studio churn dashboard from our BigQuery tables, with SQL we can reuse.",2026-09-14,$900,Boxwise',
  'Survey results write-up,Analyse 2 400 survey responses in Google Sheets and write a short findings report.,2026-10-02,$450,Parkside Clinics',
  'Broken row,Tableau refresh for our weekly sales pack.,sometime soon,$300,Nowhere Ltd',
  'Forecast the holiday season,Forecast Q4 order volumes with Python and pandas and explain the assumptions to the owners.,2026-10-20,$1500,Hearth & Co',
  // The first row posted again: skipped, and named as the repeat it is.
  'Churn dashboard for a subscription box,"Build a Looker Studio churn dashboard from our BigQuery tables, with SQL we can reuse.",2026-09-15,$900,Boxwise',
].join('\n');

const BRIEF =
  'We are a small online bookshop. We need someone to clean our sales export in Excel, ' +
  'build a Power BI dashboard of weekly revenue by category, and write a one-page summary ' +
  'our team can read. SQL is a plus.';

const PROBLEM_BRIEF =
  'Since we moved to a new domain our newsletters land in spam and open rates fell from 40% ' +
  'to 12%. Can you help?';

const CV =
  'Freelance data analyst since 2021. Built Power BI dashboards and SQL reports for retail ' +
  'clients; automated monthly reporting with Python. Advanced Excel, Google Sheets.';

/**
 * The demo freelancer opens the Radar: trajectories with progress bars, the gap list and a
 * reasoned learn-next list; switches the trend chart to a table; imports a CSV with one bad
 * row; pastes a client brief and sees its skills highlighted.
 */
export const radarJourney: Journey = {
  name: 'radar-journey',
  async run({ page, baseUrl, shot }) {
    await signInDemo(page, baseUrl);
    await openFromNav(page, 'Radar', '/app/radar');

    const trajectory = page.locator('.radar-trajectory');
    await expectVisible(trajectory, 'a trajectory card');
    await expectVisible(trajectory.first().locator('progress'), 'a trajectory progress bar');
    await expectVisible(trajectory.first().getByText(/of \d+/), 'the "n of m core skills" text');

    const items = page.locator('.radar-learn-item');
    await expectVisible(items, 'the learn-next list');
    const count = await items.count();
    expectTrue(count >= 3, `expected at least 3 learn-next items, got ${count}`);
    for (let i = 0; i < 3; i++) {
      const reasons = await items.nth(i).locator('.radar-reasons li').count();
      expectTrue(reasons > 0, `learn-next item ${i + 1} should give reasons`);
    }
    await expectVisible(
      items.first().getByRole('link', { name: /^Make a path for / }),
      'the "Make a path" link',
    );
    const href = await items
      .first()
      .getByRole('link', { name: /^Make a path/ })
      .getAttribute('href');
    expectTrue(/^\/app\/paths\/new\?learnNext=/.test(href ?? ''), `path link was ${href}`);
    await expectVisible(page.locator('.radar-gap-table tbody tr'), 'the gap list');
    await items.first().getByText('How this score is made').click();
    await expectVisible(items.first().locator('.radar-factor-table'), 'the score breakdown');
    await expectVisible(page.locator('.recharts-line').first(), 'the trend chart');
    await shot('overview', { fullPage: true });

    await page.getByRole('button', { name: 'Show as table' }).click();
    const trendTable = page.locator('.radar-trend-table');
    await expectVisible(trendTable, 'the trend table');
    expectTrue((await trendTable.locator('tbody tr').count()) >= 6, 'a row per month');
    await trendTable.scrollIntoViewIfNeeded();
    await shot('trend-table');

    await page.getByLabel('Target role').selectOption('marketing-analyst');
    await expectVisible(
      page.getByRole('heading', { name: 'Gap to Marketing Analyst' }),
      'the gap for a role picked on the page',
    );

    await page.getByRole('link', { name: 'Demand sources' }).click();
    await expectPath(page, '/app/radar/sources');
    const postCount = page.locator('.radar-post-count');
    await expectVisible(postCount, 'the number of posts');
    const before = Number.parseInt((await postCount.textContent()) ?? '', 10);
    await page.getByRole('button', { name: 'Import posts from a file' }).click();
    const dir = mkdtempSync(join(tmpdir(), 'radar-e2e-'));
    try {
      const file = join(dir, 'posts.csv');
      writeFileSync(file, CSV);
      await page.getByLabel('Choose file…').setInputFiles(file);
      await expectVisible(page.getByText('posts.csv · about 5 rows'), 'the picked file');
      expectEqual(await page.getByLabel('Format (detected)').inputValue(), 'csv', 'format');
      expectEqual(
        await page.getByLabel('Date', { exact: true }).inputValue(),
        'Posted On',
        'date column',
      );
      expectEqual(
        await page.getByLabel('Client', { exact: true }).inputValue(),
        'Company',
        'client column',
      );
      await shot('import-mapping');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expectVisible(page.getByText('Import finished'), 'the import result');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expectEqual(await page.getByTestId('import-added').textContent(), '3', 'posts added');
    await expectVisible(
      page.locator('.radar-row-errors li', { hasText: 'Row 3' }),
      'row 3 reported',
    );
    await page.getByText('Duplicate rows (1)').click();
    await expectVisible(
      page.locator('.radar-import-result li', { hasText: 'Row 5: the same text as row 1' }),
      'the repeated row named',
    );
    await shot('import-result');
    await page.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expectVisible(
      page.locator('.radar-post-count', { hasText: `${before + 3} posts` }),
      'three more posts in the list',
    );

    await page.getByRole('textbox', { name: 'Client brief', exact: true }).fill(BRIEF);
    await page.getByRole('button', { name: 'Show skills and add to radar' }).click();
    await expectVisible(
      page.getByText('Added to your radar as a client brief.'),
      'the saved brief',
    );
    const marks = await page.locator('.radar-highlighted mark').count();
    expectTrue(marks >= 2, `expected highlighted skills in the brief, got ${marks}`);
    await page.locator('.radar-brief-result').scrollIntoViewIfNeeded();
    await shot('brief');

    // A brief that only describes its problem: the skill is shown as implied, with the words
    // it rests on underlined.
    await page.getByRole('textbox', { name: 'Client brief', exact: true }).fill(PROBLEM_BRIEF);
    await page.getByRole('button', { name: 'Show skills and add to radar' }).click();
    await expectVisible(
      page.locator('.radar-extracted li', { hasText: 'implied by the wording' }),
      'a skill implied by the problem described',
    );
    await expectVisible(
      page.getByText('Dotted underline: skills implied by the wording.'),
      'the legend for implied skills',
    );
    const implied = await page.locator('.radar-highlighted .radar-implied').count();
    expectTrue(implied >= 2, `expected the words the skill rests on underlined, got ${implied}`);
    await page.locator('.radar-brief-result').scrollIntoViewIfNeeded();
    await shot('brief-implied');
    await shot('sources', { fullPage: true });

    await page.goto(`${baseUrl}/app/profile`);
    await page.getByRole('link', { name: 'Import from CV / JSON Resume' }).click();
    await expectPath(page, '/app/radar/onboarding');
    await page.getByRole('textbox', { name: 'Paste your CV' }).fill(CV);
    await page.getByRole('button', { name: 'Find skills in my CV' }).click();
    await expectVisible(page.locator('.radar-suggestion mark'), 'suggestions with evidence');
    await shot('cv-suggestions', { fullPage: true });
    // Nothing is preset: the person picks a level, which ticks the skill.
    await page.locator('.radar-suggestion select').first().selectOption('3');
    await page.getByRole('button', { name: /^Add \d+ skills? to my profile$/ }).click();
    await expectVisible(page.getByText(/merged into your profile$/), 'the merge confirmation');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl}/app/radar`);
    await expectVisible(page.locator('.radar-learn-item'), 'the learn-next list on a phone');
    await shot('overview-phone', { fullPage: true });
  },
};
