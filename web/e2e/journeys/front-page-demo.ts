import { expectPath, expectVisible } from '../expect.ts';
import type { Journey } from '../journey.ts';

/**
 * A visitor opens `/` signed out, reads what Skilltrace does, clicks "Try the demo" and lands
 * on their own demo dashboard with a credential and a portfolio link; the credential's verify
 * link shows it as genuine, issued by the instance marked "(demo)".
 */
export const frontPageDemo: Journey = {
  name: 'front-page-demo',
  async run({ browser, page, baseUrl, shot }) {
    await page.goto(`${baseUrl}/`);
    await expectVisible(
      page.getByRole('heading', { level: 1, name: /Learn what your clients will pay for/ }),
      'the front page headline',
    );
    await expectVisible(page.getByRole('heading', { name: 'Keep proof' }), 'the capabilities');
    await expectVisible(page.getByRole('link', { name: 'Verify it' }), 'the verify link');
    await expectPath(page, '/');
    await shot('front', { fullPage: true });

    await page.getByRole('button', { name: 'Try the demo' }).click();
    await expectPath(page, '/app');
    await expectVisible(page.getByRole('heading', { name: 'What to do next' }), 'what to do next');
    await expectVisible(page.getByText('Demo account'), 'the demo badge');
    const verify = page.getByRole('link', { name: 'Verify Microsoft Excel credential' });
    await expectVisible(verify, 'the credential with its verify link');
    await expectVisible(
      page.getByRole('link', { name: 'Open your public portfolio' }),
      'the portfolio link',
    );
    await shot('dashboard', { fullPage: true });

    await verify.click();
    await expectPath(page, '/verify');
    await expectVisible(page.getByText('This credential is genuine and in force'), 'the verdict');
    await expectVisible(page.getByText(/\(demo\)/).first(), 'the issuer marked as demo');
    await expectVisible(
      page.getByText(/based on .*client-confirmed project/),
      'what the credential rests on (its assurance)',
    );
    await shot('verified');

    // Every evidence link in a public credential opens for a visitor who is not signed in.
    const links = await page
      .locator('h3:text("Evidence") + ul a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    if (!links.length) throw new Error('The verify page lists no public evidence link');
    const anonymous = await browser.newContext();
    try {
      for (const href of links) {
        const r = await anonymous.request.get(href);
        if (r.status() !== 200) throw new Error(`Evidence link ${href} answered ${r.status()}`);
      }
    } finally {
      await anonymous.close();
    }
  },
};
