import type { CredentialInfo } from '../../../../src/shared/evidence.ts';
import { evidenceApi } from './api.ts';

/**
 * Opens the public verification page for a credential in a new tab. A public credential is
 * verified by its link (what a client would open); a private one by posting its signed
 * VC-JWT to the same page, since its link answers "not found" to anyone but the holder.
 * The tab is opened first, synchronously, so popup blockers let it through.
 */
export async function openVerification(c: CredentialInfo): Promise<void> {
  if (c.visibility === 'public') {
    window.open(c.verifyUrl, '_blank', 'noopener');
    return;
  }
  const target = `verify-${c.id}`;
  const tab = window.open('about:blank', target);
  try {
    const jwt = await evidenceApi.credentialJwt(c.id);
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/verify';
    form.enctype = 'multipart/form-data';
    form.target = target;
    form.hidden = true;
    const field = document.createElement('textarea');
    field.name = 'credential';
    field.value = jwt;
    form.append(field);
    document.body.append(form);
    form.submit();
    form.remove();
  } catch (e) {
    tab?.close();
    throw e;
  }
}
