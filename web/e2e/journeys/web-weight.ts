import type { Journey } from '../journey.ts';
import { signInDemo } from '../steps.ts';
import { type ScriptWeight, weighScripts } from '../weigh-scripts.ts';

/** Compressed JavaScript budgets per cold page load (issue #17). */
export const SCRIPT_BUDGETS = { signIn: 150 * 1024, dashboard: 250 * 1024 };

function check(weight: ScriptWeight, budget: number): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `    ${weight.path}: ${weight.scripts} scripts, ${kb(weight.transferredBytes)} on the wire (${kb(weight.decodedBytes)} decoded)`,
  );
  if (weight.transferredBytes > budget) {
    throw new Error(
      `${weight.path} transferred ${kb(weight.transferredBytes)} of JavaScript, over ${kb(budget)}`,
    );
  }
  if (weight.uncompressed.length) {
    throw new Error(`${weight.path}: sent uncompressed: ${weight.uncompressed.join(', ')}`);
  }
  if (weight.notImmutable.some((p) => p.startsWith('/assets/'))) {
    throw new Error(
      `${weight.path}: hashed scripts not cached as immutable: ${weight.notImmutable.join(', ')}`,
    );
  }
}

/**
 * A cold visit transfers little JavaScript, compressed and cacheable: the front page and
 * sign-in stay within 150 KB, the dashboard (signed in) within 250 KB.
 */
export const webWeight: Journey = {
  name: 'web-weight',
  async run({ browser, context, page, baseUrl }) {
    check(await weighScripts(browser, baseUrl, '/'), SCRIPT_BUDGETS.signIn);
    check(await weighScripts(browser, baseUrl, '/signin'), SCRIPT_BUDGETS.signIn);
    await signInDemo(page, baseUrl);
    const signedIn = await context.storageState();
    check(await weighScripts(browser, baseUrl, '/app', signedIn), SCRIPT_BUDGETS.dashboard);
  },
};
