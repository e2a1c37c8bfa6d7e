import { expectEqual, expectPath, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { fillSelfReview, openFromNav, signInDemo } from '../steps.ts';
import { startFakeModel } from './model-fake-llm.ts';

/** The model name the journey's server is configured with; the AI review names it. */
const MODEL = 'fake-review-model';

/**
 * The submission typed below. Its first line is what the fake model's fixture
 * (`test/fixtures/llm/practice-review.json`) matches; that fixture scores the six criteria of an
 * intermediate data-domain brief (Excel), quoting lines of this text plus one invented line.
 */
const DELIVERABLE = `Quarterly sales read-out (AI review sample)
Repeat customers drive 62% of revenue; the top three product lines grew 18% since March.
Recommendation: focus next quarter's budget on the outdoor range.
Change made: the regional split now sits on its own sheet, as you asked.
Hand-over note: the workbook refreshes from the monthly export.`;

/** The fixture's quote that is not in the submission: the UI must flag and drop it. */
const INVENTED = 'Churn fell to 3% after the loyalty launch';

/**
 * The "done when" with a model: against a server configured with the fake model server
 * (loopback, so private networks are allowed), the demo user creates a brief, submits work,
 * self-reviews it, asks the AI to review it, sees the AI review per criterion labelled with the
 * model's name and the invented quote flagged, and sees the help (scaffolding) level change.
 */
export const practiceAiJourney: Journey = {
  name: 'practice-ai-journey',
  async serverEnv() {
    const fake = await startFakeModel();
    return {
      env: {
        SKILLTRACE_LLM_PROVIDER: 'openai-compatible',
        SKILLTRACE_LLM_BASE_URL: fake.baseUrl,
        SKILLTRACE_LLM_MODEL: MODEL,
        SKILLTRACE_ALLOW_PRIVATE_NETWORK: 'true',
      },
      stop: () => fake.stop(),
    };
  },
  async run({ page, baseUrl, shot }) {
    await signInDemo(page, baseUrl);
    await openFromNav(page, 'Practice', '/app/practice');

    // A new Excel brief (the fixture scores the data-domain rubric), written offline: the
    // model is only asked for the review.
    const skill = page.getByLabel('Skill', { exact: true });
    await skill.locator('option[value="excel"]').waitFor({ state: 'attached' });
    await skill.selectOption('excel');
    await page.getByLabel('Level').selectOption('intermediate');
    const useModel = page.getByLabel(/Let the configured model write the brief/);
    await expectVisible(useModel, 'the model-brief option (a model is configured)');
    await useModel.uncheck();
    await shot('new-brief');
    await page.getByRole('button', { name: 'Create brief' }).click();
    await expectPath(page, /^\/app\/practice\/briefs\/[\w-]+$/);
    await expectVisible(page.getByText('Offline engine').first(), 'the offline-engine label');

    // Submit, then self-review every criterion.
    await page.getByLabel('Your deliverable').fill(DELIVERABLE);
    await page.getByRole('button', { name: 'Submit deliverable' }).click();
    await expectVisible(page.getByText('Submitted', { exact: true }), 'the submitted state');
    expectEqual(await fillSelfReview(page), 6, 'criteria in an intermediate brief');
    await page.getByRole('button', { name: 'Save self-review' }).click();
    await expectVisible(page.locator('article.review-self'), 'the saved self-review');

    // AI review: enabled with a model, scored per criterion, labelled, invented quote flagged.
    const ai = page.getByRole('button', { name: 'Ask the AI to review' });
    await expectVisible(ai, 'the AI review button');
    expectTrue(await ai.isEnabled(), 'AI review should be enabled with a model');
    await ai.click();
    await expectVisible(
      page.getByText('AI review added, with 1 flagged item(s) — see below.'),
      'the AI review status',
    );
    const card = page.locator('article.review-ai');
    await expectVisible(card, 'the AI review card');
    await expectVisible(
      card.getByRole('heading', { name: /AI review\s*Model-generated/ }),
      'the AI review labelled as model-generated',
    );
    await expectVisible(card.getByText(`By the model (${MODEL})`), 'the model name');
    expectEqual(await card.locator('.criterion-result').count(), 6, 'AI-reviewed criteria');
    expectEqual(await card.locator('.score-pill').count(), 6, 'AI scores (one per criterion)');
    expectEqual(await card.getByText('Not scored').count(), 0, 'unscored criteria');
    expectEqual(await card.locator('.review-average strong').textContent(), '3/4', 'AI average');
    await expectVisible(
      card.locator('.review-quote', { hasText: 'Repeat customers drive 62% of revenue' }),
      'a verified quote',
    );
    const flag = card.locator('.review-flag');
    expectEqual(await flag.count(), 1, 'flagged items');
    await expectVisible(
      flag.getByText(`Quote not found in your submission, so it was removed: “${INVENTED}”`),
      'the invented quote flagged',
    );
    expectEqual(
      await card.locator('.review-quote', { hasText: INVENTED }).count(),
      0,
      'invented quotes shown as quotes',
    );
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -24));
    await shot('ai-review');

    // The help (scaffolding) level the reviews feed.
    const inUse = page.getByTestId('scaffold-in-use');
    await expectVisible(inUse, 'the help level in use');
    await expectVisible(inUse.getByText('Hints'), 'the earned level after the change');
    await expectVisible(inUse.getByText('earned'), 'the level marked as earned');
    // The demo's earlier Excel brief averaged ≥3/4 and so does this one: help fades a step.
    const moved = page.getByText(/Your review results moved your earned help/);
    await expectVisible(moved, 'the level change');
    // The help panel is sticky and taller than the desktop viewport: show it whole at the top.
    await page.setViewportSize({ width: 1280, height: 1240 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('scaffolding');
    await page.setViewportSize({ width: 1280, height: 860 });
    await shot('brief-reviewed', { fullPage: true });
  },
};
