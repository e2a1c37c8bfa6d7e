import { describe, expect, it } from 'vitest';
import { markUnsupportedClaims } from './mark-unsupported-claims.ts';

// A catalog record as the tutor's passage: title, address, description, topics.
const passages = new Map([
  [
    'S2',
    'Program on Negotiation (Harvard Law School) (https://www.pon.harvard.edu/). Research-based articles on negotiation and dispute resolution. Covers Negotiation, Pricing freelance services.',
  ],
  [
    'S3',
    'Harvard Business Review (https://hbr.org/topic/negotiations). An industry publication from Harvard Business Publishing. Covers Negotiation, Stakeholder management.',
  ],
]);

describe('supported means the cited record says so', () => {
  it('does not support denials, absolutes or quantities the record never states', () => {
    for (const s of [
      'Program on Negotiation (Harvard Law School) does not cover Negotiation; it covers nothing useful for freelancers [S2].',
      'The Program on Negotiation says Negotiation is never useful for Pricing freelance services [S2].',
      'Harvard Business Review, an industry publication from Harvard Business Publishing covering Negotiation and Stakeholder management, says always open at double your price [S3].',
      'Harvard Business Review covers Negotiation in 3 short steps [S3].',
      'Program on Negotiation (Harvard Law School) is official documentation from Python Software Foundation [S2].',
    ]) {
      const [part] = markUnsupportedClaims(s, passages);
      expect(part?.supported, s).toBe(false);
    }
  });

  it('still supports a sentence that restates the record', () => {
    const [part] = markUnsupportedClaims(
      'The Program on Negotiation at Harvard Law School publishes research-based articles on negotiation and dispute resolution [S2].',
      passages,
    );
    expect(part?.supported).toBe(true);
  });
});
