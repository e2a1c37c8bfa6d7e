import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims.ts';

const kinds = (text: string) => extractClaims(text).map((c) => `${c.kind}:${c.text}`);

describe('addresses written without https://', () => {
  it('finds bare pages, any top-level domain, other schemes, protocol-relative and look-alike hosts', () => {
    const got = kinds(
      'See docs.python.org/3/library/cold-calling-invented.html, coldcall-masterclass.xyz and coldcall.cn, ' +
        'get //evil-sales.example/scripts or ftp://files.evil.example/scripts.zip, and hubspоt.com/cold-calling-kit.',
    );
    expect(got).toContain('domain:docs.python.org/3/library/cold-calling-invented.html');
    expect(got).toContain('domain:coldcall-masterclass.xyz');
    expect(got).toContain('domain:coldcall.cn');
    expect(got).toContain('url://evil-sales.example/scripts');
    expect(got).toContain('url:ftp://files.evil.example/scripts.zip');
    expect(got.some((k) => k.startsWith('domain:hubsp') && k.includes('/cold-calling-kit'))).toBe(
      true,
    );
  });

  it('leaves file names, code names and abbreviations alone', () => {
    const got = kinds(
      'Save report.pdf and data.csv, try Node.js, Vue.js, ASP.NET Core, e.g. a pivot, i.e. a sum, v1.2 in notebook.ipynb.',
    );
    expect(got.filter((k) => k.startsWith('domain:') || k.startsWith('url:'))).toEqual([]);
  });
});
