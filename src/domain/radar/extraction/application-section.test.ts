import { describe, expect, it } from 'vitest';
import { buildProductIndex, extractStoredSkills } from '../get-skill-index.ts';
import { applicationSections } from './application-section.ts';
import { tokenizeText } from './tokenize-text.ts';

const index = buildProductIndex();
const ids = (text: string) => extractStoredSkills(index, text).map((s) => s.skillId);

/** A job ad's body of about 200 words (longer than a request), without skills of its own. */
const BODY = `${'The position is based at the head office and reports to the operations director. '.repeat(14)}`;

describe('application instructions of a job ad', () => {
  it('reads no demand from how to apply', () => {
    const ad = `${BODY} How to Apply Submit your CV along with your application letter and supporting documents via email or in person to the office of the Director Human Resource Management. Send your CV in MS Word format.`;
    const got = ids(ad);
    for (const id of [
      'email-support',
      'customer-support',
      'human-resource-management',
      'microsoft-word',
    ])
      expect(got).not.toContain(id);
    // The same words outside the instructions are read.
    expect(ids(`${BODY} Requirements: a degree in Human Resource Management.`)).toContain(
      'human-resource-management',
    );
  });

  it('ends at the next heading of the work, not at a heading named in a sentence', () => {
    const ad = `${BODY} How to Apply: bring your documents to our office. Job Requirement • Degree in Human Resource Management.`;
    expect(ids(ad)).toContain('human-resource-management');
    const named = `${BODY} How to Apply: answer the questions under the Qualifications section and save your CV as a Word document.`;
    expect(ids(named)).not.toContain('microsoft-word');
  });

  it('keeps a sentence that says what applicants must have', () => {
    const ad = `${BODY} How to Apply Interested candidates can apply in person within 10 days. It is mandatory for candidates to have basic computer literacy.`;
    expect(ids(ad)).toContain('computer-literacy');
  });

  it('is not read in a client request', () => {
    const request =
      'We need a Shopify developer for a two-week job. How to apply: send me links to Shopify stores you built.';
    expect(applicationSections(request, tokenizeText(request))).toBeUndefined();
    expect(ids(request)).toContain('shopify');
  });

  it('marks nothing in a text without instructions', () => {
    const text = `${BODY} Requirements: a degree in accounting.`;
    expect(applicationSections(text, tokenizeText(text))).toBeUndefined();
  });
});
