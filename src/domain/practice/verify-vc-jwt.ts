import type { Ctx } from '../ctx.ts';
import { verifyCredential } from '../evidence/index.ts';

/** Verifies an OB3 VC-JWT with the evidence capability's verifier. */
export async function verifyVcJwt(
  ctx: Ctx,
  jwt: string,
): Promise<{ available: boolean; valid: boolean; detail: string }> {
  try {
    const r = await verifyCredential(ctx, { credential: jwt });
    return { available: true, valid: r.valid, detail: r.signature.message };
  } catch (e) {
    return { available: true, valid: false, detail: (e as Error).message };
  }
}
