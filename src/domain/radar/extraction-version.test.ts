import { describe, expect, it } from 'vitest';
import {
  EXTRACTOR_VERSION,
  extractionVersion,
  OCCUPATION_CODER_VERSION,
} from './extraction-version.ts';

describe('extractionVersion', () => {
  it('changes with the occupation coder version, so stored posts are re-coded', () => {
    const now = extractionVersion('none');
    expect(extractionVersion('none', EXTRACTOR_VERSION, OCCUPATION_CODER_VERSION)).toBe(now);
    expect(extractionVersion('none', EXTRACTOR_VERSION, `${OCCUPATION_CODER_VERSION}+1`)).not.toBe(
      now,
    );
    expect(extractionVersion('none', `${EXTRACTOR_VERSION}+1`)).not.toBe(now);
    expect(extractionVersion('esco:1')).not.toBe(now);
  });
});
