import { AppError } from '../../errors.ts';
import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { getDidDocument, getIssuerProfile, getJwks } from './issuer-documents.ts';
import { getPublicCredentialJwt } from './list-credentials.ts';
import { statusListCredential } from './status-list-credential.ts';

/** Answers this instance's own public URLs from the store instead of over the network. */
export async function localDocument(ctx: Ctx, url: string): Promise<string | undefined> {
  const id = issuerIdentity(ctx.config);
  if (!url.startsWith(`${id.publicUrl}/`)) return undefined;
  const path = url.slice(id.publicUrl.length).split('#')[0]!;
  if (path === '/.well-known/jwks.json') return JSON.stringify(await getJwks(ctx));
  if (path === '/.well-known/did.json' && id.did) return JSON.stringify(await getDidDocument(ctx));
  if (path === '/api/issuer') return JSON.stringify(await getIssuerProfile(ctx));
  const list = /^\/status-lists\/(\d+)$/.exec(path);
  if (list) return statusListCredential(ctx, Number(list[1]));
  const cred = /^\/credentials\/([\w-]+)$/.exec(path);
  if (cred) return getPublicCredentialJwt(ctx, cred[1]!);
  return undefined;
}

/**
 * `localDocument` as a fetch answer: 200 with the text, 404 for an unknown or non-public one,
 * 500 for another failure; undefined when the URL is not this instance's own.
 */
export async function localAnswer(
  ctx: Ctx,
  url: string,
): Promise<{ status: number; text: string } | undefined> {
  try {
    const text = await localDocument(ctx, url);
    return text === undefined ? undefined : { status: 200, text };
  } catch (e) {
    if (e instanceof AppError && e.code === 'gone') return { status: 410, text: e.message };
    return { status: e instanceof AppError && e.code === 'not_found' ? 404 : 500, text: '' };
  }
}
