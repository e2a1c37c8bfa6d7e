import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../errors.ts';

/** Seals and opens small secrets (API keys) for storage at rest. */
export interface SecretBox {
  /**
   * Encrypts `plain` with a fresh random IV. `context` (e.g. the owner's id) is bound as
   * associated data: the sealed value opens only with the same context.
   */
  seal(plain: string, context?: string): string;
  /** Decrypts a value made by `seal`. Throws `internal_error` when it was altered or the key differs. */
  open(sealed: string, context?: string): string;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a random 96-bit IV per value, in the versioned text format
 * `v1.<iv>.<tag>.<ciphertext>` (base64url parts), so the format can change later.
 * Throws `internal_error` when `hexKey` is not 64 hex characters.
 */
export function createSecretBox(hexKey: string): SecretBox {
  if (!/^[0-9a-fA-F]{64}$/.test(hexKey)) {
    throw new AppError('internal_error', 'The secret key must be 64 hex characters (32 bytes)');
  }
  const key = Buffer.from(hexKey, 'hex');
  return {
    seal(plain, context = '') {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(`${VERSION}:${context}`, 'utf8'));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv, tag, data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed, context = '') {
      const parts = sealed.split('.');
      if (parts.length !== 4 || parts[0] !== VERSION) {
        throw new AppError('internal_error', 'Sealed secret has an unknown format');
      }
      const [, ivPart, tagPart, dataPart] = parts as [string, string, string, string];
      try {
        const iv = Buffer.from(ivPart, 'base64url');
        const tag = Buffer.from(tagPart, 'base64url');
        if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new Error('bad lengths');
        const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(`${VERSION}:${context}`, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([
          decipher.update(Buffer.from(dataPart, 'base64url')),
          decipher.final(),
        ]).toString('utf8');
      } catch (cause) {
        // The reason stays generic on purpose: it must not help anyone probe the key.
        throw new AppError('internal_error', 'Sealed secret could not be opened', { cause });
      }
    },
  };
}
