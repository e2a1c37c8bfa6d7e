import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { createSecretBox } from './secret-box.ts';

const KEY = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

describe('createSecretBox', () => {
  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const box = createSecretBox(KEY);
    const sealed = box.seal('sk-live-123456');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(sealed).not.toContain('sk-live');
    expect(box.open(sealed)).toBe('sk-live-123456');
  });

  it('uses a fresh IV, so sealing twice gives different text', () => {
    const box = createSecretBox(KEY);
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('refuses a tampered value, another key, or another context', () => {
    const box = createSecretBox(KEY);
    const sealed = box.seal('secret', 'user-1');
    const parts = sealed.split('.');
    const data = Buffer.from(parts[3] ?? '', 'base64url');
    data[0] = (data[0] ?? 0) ^ 1;
    const tampered = [parts[0], parts[1], parts[2], data.toString('base64url')].join('.');
    expect(() => box.open(tampered, 'user-1')).toThrow(/could not be opened/);
    expect(() => createSecretBox(OTHER).open(sealed, 'user-1')).toThrow(/could not be opened/);
    expect(() => box.open(sealed, 'user-2')).toThrow(/could not be opened/);
    expect(box.open(sealed, 'user-1')).toBe('secret');
  });

  it('rejects unknown formats and bad keys', () => {
    const box = createSecretBox(KEY);
    expect(() => box.open('v0.a.b.c')).toThrow(/unknown format/);
    try {
      createSecretBox('short');
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e, 'internal_error')).toBe(true);
    }
  });
});
