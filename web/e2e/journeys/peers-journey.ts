import type { Page } from 'playwright-core';
import { expectEqual, expectPath, expectTrue, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';
import { DEMO, openFromNav, signOut, submitSignIn } from '../steps.ts';

/** The demo peers `serve --demo` seeds (src/domain/peers/seed-demo-peers.ts). */
const SAM = { email: 'sam@skilltrace.local', password: 'demo-password-1', name: 'Sam Lindqvist' };

async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await submitSignIn(page, baseUrl, email, password);
  await expectPath(page, '/app');
}

async function openPeers(page: Page, section?: string) {
  await openFromNav(page, 'Peers', '/app/peers');
  if (section) {
    await page
      .getByRole('navigation', { name: 'Peer sections' })
      .getByRole('link', { name: section })
      .click();
  }
}

interface StepRow {
  id: string;
  skillId: string;
  skillName: string;
  title?: string;
  flags: unknown[];
  confidence: { score: number };
}

/** A step of the demo path that is flagged or below 80% confidence, about a skill Sam verified. */
async function findFlaggedStep(page: Page, baseUrl: string) {
  const list = (await (await page.request.get(`${baseUrl}/api/paths`)).json()) as {
    paths: { id: string }[];
  };
  const pathId = list.paths[0]?.id;
  if (!pathId) throw new Error('the demo user has no learning path');
  const path = (await (await page.request.get(`${baseUrl}/api/paths/${pathId}`)).json()) as {
    plan: { steps: StepRow[] };
    live: Record<string, { flags: unknown[]; confidence: { score: number } }>;
  };
  // The page offers "Ask a peer" on flagged steps and on steps below min(0.8, the path's
  // median confidence): a note on every step would tell the person nothing.
  const score = (s: StepRow) => (path.live[s.id]?.confidence ?? s.confidence).score;
  const scores = path.plan.steps.map(score).sort((a, b) => a - b);
  const bar = Math.min(0.8, scores[Math.floor(scores.length / 2)] ?? 1);
  const flagged = path.plan.steps.filter(
    (s) => (path.live[s.id]?.flags ?? s.flags).length > 0 || score(s) < bar,
  );
  const step = flagged.find((s) => s.skillId === 'sql' || s.skillId === 'python');
  if (!step) throw new Error('no flagged SQL or Python step on the demo path');
  return { pathId, step };
}

/**
 * Peer learning end to end: Maya sees Sam (complementary, other niche) as an explained match and
 * not Riley (same niche and clients), proposes an exchange, routes a flagged path step to peers;
 * Sam accepts the exchange and answers from his inbox; Maya sees the answer with Sam's provenance,
 * on her questions and on the step of her path.
 */
export const peersJourney: Journey = {
  name: 'peers-journey',
  async run({ page, baseUrl, shot }) {
    await signIn(page, baseUrl, DEMO.email, DEMO.password);
    await openPeers(page);
    const sam = page.getByTestId('match-card').filter({ hasText: SAM.name });
    await expectVisible(sam, 'Sam as a match');
    await expectVisible(sam.getByText(/which they want to learn/), 'what Maya can teach Sam');
    await expectVisible(sam.getByText(/which you want to learn/), 'what Sam can teach Maya');
    await expectVisible(
      sam.getByText('You serve different client segments.'),
      'the segment reason',
    );
    expectEqual(
      await page.getByTestId('match-card').filter({ hasText: 'Riley' }).count(),
      0,
      'Riley (same niche and clients) offered as a match',
    );
    await sam.getByText('The numbers behind this match').click();
    await expectVisible(sam.getByText('Competition'), 'the match numbers');
    await shot('matches', { fullPage: true });

    await sam.getByRole('button', { name: 'Propose an exchange' }).click();
    const dialog = page.getByRole('dialog', { name: /Propose an exchange with Sam/ });
    await expectVisible(dialog, 'the exchange dialog');
    await dialog
      .getByLabel('A note to start with (optional)')
      .fill('An hour a week? I can show you Tableau dashboards.');
    await shot('propose');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await expectVisible(page.getByText(/Exchange proposed to Sam/), 'the exchange proposed');

    const { pathId, step } = await findFlaggedStep(page, baseUrl);
    await page.goto(
      `${baseUrl}/app/peers/ask?pathId=${pathId}&stepId=${encodeURIComponent(step.id)}&skillId=${step.skillId}`,
    );
    const question = page.getByLabel('Your question');
    await expectVisible(question, 'the ask form');
    expectTrue((await question.inputValue()).includes('client work'), 'question prefilled');
    await question.fill(
      'Is PostgreSQL the right dialect to learn first when clients mostly send exports from MySQL shops?',
    );
    await shot('ask', { fullPage: true });
    await page.getByRole('button', { name: 'Ask peers' }).click();
    await expectPath(page, '/app/peers/questions');
    await expectVisible(page.getByText(/Question sent to \d+ peers?/), 'the question routed');
    await shot('asked', { fullPage: true });
    await signOut(page);

    await signIn(page, baseUrl, SAM.email, SAM.password);
    await openPeers(page, 'Exchanges');
    const request = page.getByTestId('exchange-card').filter({ hasText: 'Maya' });
    await expectVisible(request.getByText('asks for an exchange'), 'Maya’s request for Sam');
    await request.getByRole('button', { name: 'Accept' }).click();
    await expectVisible(page.getByText(/You accepted Maya/), 'the exchange accepted');
    await page
      .getByTestId('exchange-card')
      .filter({ hasText: 'Maya' })
      .getByRole('button', { name: 'Open thread' })
      .click();
    await page.getByLabel(/Message to Maya/).fill('Tuesdays at 9 work for me. SQL first?');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expectVisible(page.getByText('Tuesdays at 9 work for me. SQL first?'), 'the message');
    await shot('exchange-thread', { fullPage: true });

    await page
      .getByRole('navigation', { name: 'Peer sections' })
      .getByRole('link', { name: 'Questions' })
      .click();
    const routed = page.getByTestId('inbox-card').filter({ hasText: 'PostgreSQL' });
    await expectVisible(routed, 'the routed question in Sam’s inbox');
    await routed.getByRole('radio', { name: 'It depends' }).check();
    await routed
      .getByLabel('Your answer')
      .fill(
        'Learn PostgreSQL: it stays close to standard SQL. For MySQL exports, spend an hour on date functions and GROUP BY differences.',
      );
    await shot('inbox', { fullPage: true });
    await routed.getByRole('button', { name: 'Send answer' }).click();
    await expectVisible(page.getByText(/Answer sent/), 'the answer sent');
    await signOut(page);

    await signIn(page, baseUrl, DEMO.email, DEMO.password);
    await openPeers(page, 'Questions');
    const answer = page
      .getByTestId('question-card')
      .filter({ hasText: 'PostgreSQL' })
      .getByTestId('peer-annotation');
    await expectVisible(answer.getByText(SAM.name), 'Sam as the answer’s author');
    await expectVisible(
      answer.getByText(/In [^:]+: \d+ evidence entr(y|ies) others back/),
      'Sam’s backed evidence in the skill',
    );
    await shot('answer', { fullPage: true });

    // The step itself shows the answer as an attributed source.
    await page.goto(
      `${baseUrl}/app/peers/ask?pathId=${pathId}&stepId=${encodeURIComponent(step.id)}`,
    );
    await expectVisible(
      page.getByRole('region', { name: 'Peer answers on this step' }).getByText(SAM.name),
      'the annotation on the step',
    );
    await shot('step-annotation', { fullPage: true });

    // Profile: teach list with evidence vs self-rated, per-field visibility; save round-trips.
    await page.goto(`${baseUrl}/app/peers/profile`);
    const teach = page.getByRole('list', { name: 'Skills you can teach' });
    await expectVisible(teach.getByText('Evidence recorded'), 'a skill with evidence');
    await expectVisible(teach.getByText('Self-rated'), 'a self-rated skill');
    await page.getByLabel('Who sees Platforms').selectOption('circle');
    await page.getByRole('button', { name: 'Save peer profile' }).click();
    await expectVisible(page.getByText(/Saved. Your matches now use/), 'the profile saved');
    await shot('profile', { fullPage: true });

    // Circles: create one, invite Sam by email and by link, share the path's outline into it.
    await page
      .getByRole('navigation', { name: 'Peer sections' })
      .getByRole('link', { name: 'Circles' })
      .click();
    await page.getByLabel('Circle name').fill('Data swap circle');
    await page.getByRole('button', { name: 'Create circle' }).click();
    await expectVisible(page.getByText(/Created “Data swap circle”/), 'the circle created');
    await page.getByRole('button', { name: 'Open Data swap circle' }).click();
    await page.getByLabel('Invite by email').fill(SAM.email);
    await page.getByRole('button', { name: 'Send invite' }).click();
    await expectVisible(page.getByText(/Invited sam@skilltrace.local/), 'the email invite');
    await page.getByRole('button', { name: 'Create invite link' }).click();
    await expectVisible(page.getByLabel('Invite link'), 'the invite link');
    const share = page.getByLabel('Share an outline with this circle');
    await share.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Share outline' }).first().click();
    await expectVisible(page.getByTestId('outline-card'), 'the shared outline');
    await shot('circles', { fullPage: true });

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${baseUrl}/app/peers`);
    await expectVisible(page.getByTestId('match-card'), 'matches on a phone');
    await shot('phone', { fullPage: true });
    await page.goto(`${baseUrl}/app/peers/questions`);
    await expectVisible(page.getByTestId('peer-annotation'), 'the answer on a phone');
    await shot('phone-questions', { fullPage: true });

    // On the path itself: the flagged step offers "Ask a peer" with its reason, and Sam's answer
    // is an attributed source on the step with the confidence it moves.
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`${baseUrl}/app/paths/${pathId}`);
    const title = (step.title ?? step.skillName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const card = page
      .locator('li.step')
      .filter({ has: page.getByRole('heading', { name: new RegExp(`^\\d+\\. ${title}(?!\\w)`) }) });
    await expectVisible(card.getByRole('link', { name: /Ask a peer/ }), 'Ask a peer on the step');
    await expectVisible(card.getByText(/Flagged: |is below 0\.8/), 'why the step can be asked');
    await card.locator('summary', { hasText: 'Peer answers' }).click();
    const onStep = card.getByTestId('peer-annotation');
    await expectVisible(onStep.getByText(SAM.name), 'Sam as the author on the step');
    await expectVisible(
      onStep.getByText(/In [^:]+: \d+ evidence entr(y|ies) others back/),
      'Sam’s provenance on the step',
    );
    const shift = card.getByTestId('peer-confidence-shift');
    await expectVisible(shift, 'the confidence before → after on the step');
    expectTrue(/^\d\.\d\d → \d\.\d\d$/.test((await shift.textContent()) ?? ''), 'before → after');
    await card.locator('summary', { hasText: 'Peer answers' }).scrollIntoViewIfNeeded();
    await shot('step-annotation-on-path');
    await page.setViewportSize({ width: 375, height: 800 });
    await card.locator('summary', { hasText: 'Peer answers' }).scrollIntoViewIfNeeded();
    await shot('step-annotation-on-path-phone');
  },
};
