import { describe, expect, it } from 'vitest';
import { describeAssurance } from './assurance-text.ts';
import type { VerificationReport } from './evidence.ts';

const report = (issuer: { id: string | null; name: string | null }) =>
  ({
    signature: { valid: true },
    credential: { issuer },
    assurance: { strongest: 'unknown' },
  }) as unknown as VerificationReport;

describe('describeAssurance', () => {
  it('shows the host or DID a signature is bound to beside a name the credential gives itself', () => {
    expect(
      describeAssurance(report({ id: 'https://evil.example/issuer', name: 'Microsoft' })),
    ).toMatch(/^Signed by Microsoft \(evil\.example\)/);
    expect(describeAssurance(report({ id: 'did:web:issuer.example', name: 'Issuer' }))).toMatch(
      /^Signed by Issuer \(did:web:issuer\.example\)/,
    );
    // A name that already carries the host is left as it is.
    expect(
      describeAssurance(
        report({ id: 'https://st.example/api/issuer', name: 'Skilltrace (st.example)' }),
      ),
    ).toMatch(/^Signed by Skilltrace \(st\.example\) —/);
  });
});
