import { expectPath, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { fillSelfReview, openFromNav, signInDemo } from '../steps.ts';

const DELIVERABLE = `Summary for the client
Repeat customers drive 62% of revenue; the top three product lines grew 18% since March.
Recommendation: focus next quarter's budget on the outdoor range.
Hand-over note: the workbook refreshes from the monthly export.`;

const BADGE = JSON.stringify({
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { name: 'Tableau (Salesforce)' },
  credentialSubject: { achievement: { name: 'Tableau Desktop Specialist' } },
});

/**
 * The "done when": the demo user generates a brief, submits work, self-reviews it,
 * sees it recorded as evidence, sees (and overrides) the scaffolding level, finds AI review
 * disabled with its reason (no model on the demo instance), answers a review card and an
 * exam question, and adds an external badge.
 */
export const practiceJourney: Journey = {
  name: 'practice-journey',
  async run({ page, baseUrl, shot }) {
    await signInDemo(page, baseUrl);
    await openFromNav(page, 'Practice', '/app/practice');
    await expectVisible(
      page.getByRole('heading', { name: 'Practice', level: 1 }),
      'the Practice page',
    );
    await expectVisible(
      page.getByRole('heading', { name: /^Your briefs \(\d+\)/ }),
      'the brief list',
    );
    await shot('briefs', { fullPage: true });

    // A new brief for a profile skill.
    const skill = page.getByLabel('Skill', { exact: true });
    await skill.locator('option:not([value=""])').first().waitFor({ state: 'attached' });
    const values = await skill
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expectTrue(values.length > 0, 'the skill select should offer the profile skills');
    await skill.selectOption(values.includes('excel') ? 'excel' : (values[0] ?? ''));
    await page.getByLabel('Level').selectOption('intermediate');
    await page.getByRole('button', { name: 'Create brief' }).click();
    await expectPath(page, /^\/app\/practice\/briefs\/[\w-]+$/);
    await expectVisible(
      page.getByRole('complementary', { name: 'Change request' }),
      'the change request',
    );
    await expectVisible(page.getByText('Offline engine').first(), 'the offline-engine label');
    await shot('brief', { fullPage: true });

    // Submit text, then self-review every criterion.
    await page.getByLabel('Your deliverable').fill(DELIVERABLE);
    await page.getByRole('button', { name: 'Submit deliverable' }).click();
    await expectVisible(page.getByText('Submitted', { exact: true }), 'the submitted state');
    await page.getByRole('button', { name: 'Save self-review' }).click();
    await expectVisible(
      page.getByText('Score every criterion and give feedback'),
      'the local check',
    );
    expectTrue(
      (await fillSelfReview(page)) >= 2,
      'the self-review should list the rubric criteria',
    );
    await page.getByRole('button', { name: 'Save self-review' }).click();
    await expectVisible(
      page.getByRole('heading', { name: 'Self-review', level: 3 }).last(),
      'the saved review',
    );
    await expectVisible(
      page.getByRole('heading', { name: /Recorded in your evidence ledger/ }),
      'the evidence note',
    );
    await expectVisible(page.getByText(/^Practice: /), 'the evidence entry title');
    // The demo's earlier Excel brief averaged ≥3/4: a second one fades help one step.
    await expectVisible(
      page.getByText(/Your review results moved your earned help/),
      'the level change',
    );

    // No model on the demo instance: AI review is disabled and says why.
    const ai = page.getByRole('button', { name: 'Ask the AI to review' });
    expectTrue(await ai.isDisabled(), 'AI review should be disabled without a model');
    await expectVisible(page.getByText('AI review needs a model'), 'the reason AI review is off');

    // Peer review: share with a matched peer; the reviewer's link is shown.
    await page.getByRole('button', { name: 'Share for review' }).click();
    await expectVisible(
      page.locator('.share-link').getByText('/app/practice/peer/'),
      'the reviewer link',
    );

    // Scaffolding: the level is shown and can be overridden.
    const inUse = page.getByTestId('scaffold-in-use');
    await expectVisible(inUse, 'the help level in use');
    await page.getByLabel('Override the help level').selectOption('on_your_own');
    await expectVisible(inUse.getByText('On your own'), 'the overridden level');
    await expectVisible(inUse.getByText('your override'), 'the override badge');
    await shot('brief-reviewed', { fullPage: true });

    // Spaced review: reveal and rate one card.
    await page.getByRole('link', { name: 'Review queue' }).click();
    await expectPath(page, '/app/practice/queue');
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await shot('queue-revealed');
    await page.getByRole('button', { name: /^Good/ }).click();
    await expectVisible(page.getByText(/Rated “good”/), 'the rating confirmation');
    await expectVisible(page.getByText(/1 of \d+ done/), 'the progress count');

    // Certification prep: one question, then readiness.
    await page.getByRole('link', { name: 'Certifications' }).click();
    await page
      .getByRole('button', { name: 'Prepare for Google Analytics Certification (GA4)' })
      .click();
    await expectVisible(
      page.getByRole('link', { name: /Official page/ }),
      'the official page link',
    );
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.locator('.exam-choice').first().click();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expectVisible(page.getByText(/^(Correct|Not quite)$/), 'the answer with its explanation');
    await expectVisible(
      page.locator('.readiness-label').getByText(/of 1 correct/),
      'readiness after one answer',
    );
    await shot('certification', { fullPage: true });
    await page.getByRole('button', { name: 'Show as table' }).click();
    await expectVisible(page.getByRole('table'), 'the readiness table');

    // External credential: an unsigned OB3 file stays self-reported.
    await page.getByRole('link', { name: 'Credentials' }).click();
    await page.getByLabel('…or paste its content').fill(BADGE);
    await page.getByRole('button', { name: 'Add credential' }).click();
    await expectVisible(
      page.getByText('Self-reported', { exact: true }),
      'the self-reported badge',
    );
    await shot('credentials', { fullPage: true });
    await page.getByRole('button', { name: 'Remove Tableau Desktop Specialist' }).click();
    await page.getByRole('button', { name: 'Remove credential' }).click();
    await expectVisible(page.getByText('Removed “Tableau Desktop Specialist”.'), 'the removal');

    // Small screen.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl}/app/practice`);
    await page.locator('.brief-item a').first().click();
    await expectVisible(
      page.getByRole('complementary', { name: 'Change request' }),
      'the brief on a phone',
    );
    await shot('brief-phone-top');
    await page.getByRole('heading', { name: 'Deliver' }).scrollIntoViewIfNeeded();
    await shot('brief-phone-deliver');
    await page
      .getByRole('heading', { name: 'Reviews against the rubric' })
      .scrollIntoViewIfNeeded();
    await shot('brief-phone-reviews');
  },
};
