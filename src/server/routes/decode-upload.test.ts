import { describe, expect, it } from 'vitest';
import { decodeUpload } from './import-routes.ts';

describe('decodeUpload', () => {
  const text = 'title,description\nCafé,Übersetzung\n';
  it('reads UTF-16 (Excel "Unicode Text"), with or without its byte-order mark', () => {
    const le = Buffer.from(text, 'utf16le');
    expect(decodeUpload(new Uint8Array([0xff, 0xfe, ...le])).content).toBe(text);
    expect(decodeUpload(new Uint8Array(le)).content).toBe(text);
    const be = Buffer.from(le).swap16();
    expect(decodeUpload(new Uint8Array([0xfe, 0xff, ...be])).content).toBe(text);
  });
  it('reads UTF-16 without a byte-order mark when most of the text is not Latin', () => {
    const cyrillic = 'title,description\nПереводчик,Перевести сайт с русского на английский язык\n';
    expect(decodeUpload(new Uint8Array(Buffer.from(cyrillic, 'utf16le'))).content).toBe(cyrillic);
  });
  it('reads UTF-8 as it is and Windows-1252 with a warning', () => {
    expect(decodeUpload(new Uint8Array(Buffer.from(text))).content).toBe(text);
    const cp = decodeUpload(new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
    expect(cp.content).toBe('Café');
    expect(cp.warning).toMatch(/Windows-1252/);
  });
});
