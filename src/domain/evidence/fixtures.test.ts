import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/shared-data.ts';
import { decodeStatusList, getStatusBit, STATUS_LIST_BITS } from './status-list.ts';
import { type VerifyDeps, verifyCredentialJwt } from './verify-credential-jwt.ts';

// Official examples and validator fixtures (see ../shared/data/standards/SOURCE.md).
const read = (name: string) => readFileSync(sharedData('standards', name), 'utf8');

const offline: VerifyDeps = {
  now: new Date('2026-03-02T09:00:00Z'),
  fetchText: async (url) => {
    throw new Error(`offline (${url})`);
  },
};

describe('official Open Badges 3.0 fixtures', () => {
  const examples = JSON.parse(read('ob3-spec-examples-signed.derived.json')).examples as Array<{
    exampleId: string;
    vcJwtCompact: string;
  }>;

  it.each(examples.map((e) => [e.exampleId, e.vcJwtCompact]))(
    'finds spec example %s intact under the jwk in its header, but not authentic by it',
    async (_id, jwt) => {
      const r = await verifyCredentialJwt(jwt, offline);
      expect(r.signature).toMatchObject({ valid: false, keySource: 'header-jwk' });
      expect(r.signature.message).toMatch(/^Not signed by the issuer: .*embedded/);
      expect(r.valid).toBe(false);
      expect(r.claims.problems).toEqual([]);
      expect(r.status.checked).toBe(false);
    },
  );

  it('detects one changed byte in a spec example', async () => {
    const jwt = examples[0]!.vcJwtCompact;
    const [h, p, s] = jwt.split('.') as [string, string, string];
    const payload = Buffer.from(p, 'base64url').toString('utf8').replace('Teamwork', 'Teamwirk');
    const r = await verifyCredentialJwt(
      `${h}.${Buffer.from(payload).toString('base64url')}.${s}`,
      offline,
    );
    expect(r.signature.valid).toBe(false);
    expect(r.signature.message).toMatch(/does not match/);
    expect(r.valid).toBe(false);
  });

  it('reads the 1EdTech validator JWT fixture (simple-jwt.svg)', async () => {
    const r = await verifyCredentialJwt(read('ob3-validator-fixture-simple.derived.jwt'), offline);
    // Its key travels in its header, so it is intact but not bound to its issuer.
    expect(r.signature).toMatchObject({ valid: false, keySource: 'header-jwk' });
    expect(r.valid).toBe(false);
    expect(r.claims.valid).toBe(true);
    expect(r.validity.valid).toBe(true);
    expect(r.credential.achievement.name).toBe('Teamwork');
  });

  it('reads the revoked entry (index 23) of the validator status list fixture', async () => {
    const list = JSON.parse(read('ob3-validator-fixture-bsl-testlist.json'));
    const bits = decodeStatusList(list.credentialSubject.encodedList);
    expect(bits.length * 8).toBeGreaterThanOrEqual(STATUS_LIST_BITS);
    expect(getStatusBit(bits, 23)).toBe(true);
    expect(getStatusBit(bits, 22)).toBe(false);
    expect(getStatusBit(bits, 24)).toBe(false);
  });

  it('reports the revoked fixture credential as revoked when its list is reachable', async () => {
    const listText = read('ob3-validator-fixture-bsl-testlist.json');
    const revoked = JSON.parse(read('ob3-validator-fixture-bsl-credential-revoked.json'));
    const { checkCredentialStatus } = await import('./check-status.ts');
    const status = await checkCredentialStatus(revoked, {
      ...offline,
      fetchText: async (url) => {
        expect(url).toBe(revoked.credentialStatus.statusListCredential);
        return { status: 200, text: listText };
      },
    });
    expect(status).toMatchObject({ checked: true, revoked: true });
    expect(status.message).toMatch(/Data Integrity proof was not checked/);
    const unreachable = await checkCredentialStatus(revoked, offline);
    expect(unreachable).toMatchObject({ checked: false, revoked: null });
    expect(unreachable.message).toMatch(/could not be fetched.*NOT checked/);
  });

  it('says plainly that Data Integrity proofs are not checked', async () => {
    const r = await verifyCredentialJwt(read('ob3-validator-fixture-simple.json'), offline);
    expect(r.valid).toBe(false);
    expect(r.signature.message).toMatch(/Data Integrity/);
  });
});
