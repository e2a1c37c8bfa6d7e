import type { Config } from '../../config.ts';

/** How this instance names itself in credentials, keys and links, derived from its public URL. */
export interface IssuerIdentity {
  publicUrl: string;
  /** did:web of the instance, only when the public URL is https without a path. */
  did: string | undefined;
  /** The issuer id in credentials: the did:web, else the issuer profile URL. */
  issuerId: string;
  profileUrl: string;
  jwksUrl: string;
  didDocumentUrl: string | undefined;
  /** The JOSE `kid` of a key: `<did>#<keyId>` or `<jwksUrl>#<keyId>`. */
  kid(keyId: string): string;
  statusListUrl(listId: number): string;
  credentialUrl(credentialId: string): string;
  verifyUrl(credentialId: string): string;
  downloadUrl(credentialId: string): string;
  achievementId(skillId: string, level: string): string;
  portfolioUrl(handle: string): string;
  evidenceUrl(entryId: string): string;
}

/** The issuer identity for `config.publicUrl`. Pure; never throws for a valid URL. */
export function issuerIdentity(config: Pick<Config, 'publicUrl'>): IssuerIdentity {
  const base = config.publicUrl.replace(/\/+$/, '');
  const url = new URL(base);
  const didOk = url.protocol === 'https:' && (url.pathname === '/' || url.pathname === '');
  const did = didOk ? `did:web:${encodeURIComponent(url.host)}` : undefined;
  const profileUrl = `${base}/api/issuer`;
  const jwksUrl = `${base}/.well-known/jwks.json`;
  return {
    publicUrl: base,
    did,
    issuerId: did ?? profileUrl,
    profileUrl,
    jwksUrl,
    didDocumentUrl: did ? `${base}/.well-known/did.json` : undefined,
    kid: (keyId) => `${did ?? jwksUrl}#${keyId}`,
    statusListUrl: (id) => `${base}/status-lists/${id}`,
    credentialUrl: (id) => `${base}/credentials/${id}`,
    verifyUrl: (id) => `${base}/verify?url=${encodeURIComponent(`${base}/credentials/${id}`)}`,
    downloadUrl: (id) => `${base}/api/credentials/${id}/download`,
    achievementId: (skillId, level) => `${base}/achievements/${skillId}/${level}`,
    portfolioUrl: (handle) => `${base}/p/${handle}`,
    evidenceUrl: (id) => `${base}/evidence/${id}`,
  };
}
