import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { PublicPortfolio } from '../../../domain/evidence/index.ts';
import type { VerificationReport } from '../../../shared/evidence.ts';
import { isWebUrl } from './html.tsx';
import { confirmationHtml, evidenceEntryHtml, messageHtml, notFoundHtml } from './pages.tsx';
import { renderPortfolioPage } from './portfolio-page.tsx';
import { verifyPageHtml } from './verify-page.tsx';

/** Text that would be live markup if a page forgot to escape it, in content and attributes. */
const SCRIPT = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(2)>';
const SINGLE = "' onmouseover='alert(3)";
const HOSTILE = `${SCRIPT}${BREAKOUT}${SINGLE}`;

/** Asserts a page carries none of the hostile markup live, only its escaped text. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toContain("' onmouseover='");
  expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  expect(html).toContain('&#39; onmouseover=&#39;alert(3)');
}

const entry = (over: Record<string, unknown> = {}) => ({
  id: `e1${BREAKOUT}`,
  kind: 'artifact' as const,
  title: `Imported entry ${HOSTILE}`,
  description: HOSTILE,
  occurredAt: '2026-01-01T00:00:00.000Z',
  url: 'javascript:alert(1)',
  attachments: [{ id: `a1${BREAKOUT}`, name: HOSTILE, mediaType: HOSTILE, sha256: HOSTILE }],
  seq: 3,
  hash: HOSTILE,
  assurance: 'client_confirmed' as const,
  assuranceDetail: HOSTILE,
  ...over,
});

const portfolio = (over: Record<string, unknown> = {}) =>
  ({
    handle: 'ada',
    name: `Ada ${HOSTILE}`,
    headline: HOSTILE,
    summary: HOSTILE,
    url: `https://skills.example.org/p/ada${BREAKOUT}`,
    verifiedSkills: [{ skillId: 'excel', name: HOSTILE, level: HOSTILE, verifyUrl: BREAKOUT }],
    credentials: [
      {
        id: 'c1',
        title: HOSTILE,
        skillName: HOSTILE,
        level: 'working',
        issuedAt: '2026-01-02T00:00:00.000Z',
        verifyUrl: `https://v.example/${BREAKOUT}`,
        credentialUrl: SINGLE,
      },
    ],
    stories: [
      {
        skillId: 'excel',
        skillName: HOSTILE,
        sentences: [{ text: HOSTILE, publicEntryIds: [BREAKOUT] }],
      },
    ],
    artifacts: [entry()],
    credits: [{ title: HOSTILE, at: '2026-01-03T00:00:00.000Z' }],
    ...over,
  }) as unknown as PublicPortfolio;

const report = (evidenceId: string) =>
  ({
    valid: false,
    signature: { valid: true, message: HOSTILE },
    status: { checked: true, revoked: true, message: HOSTILE },
    validity: { valid: true, validFrom: HOSTILE, validUntil: HOSTILE, message: HOSTILE },
    claims: { valid: false, problems: [HOSTILE, HOSTILE] },
    assurance: { entries: [] },
    ledgerCheckpointedAt: HOSTILE,
    credential: {
      name: HOSTILE,
      subject: { id: HOSTILE, name: HOSTILE },
      issuer: { id: HOSTILE, name: HOSTILE },
      achievement: { name: HOSTILE, description: HOSTILE, criteria: HOSTILE },
      evidence: [
        { id: evidenceId, name: HOSTILE },
        { id: 'urn:private:1', name: HOSTILE },
      ],
    },
  }) as unknown as VerificationReport;

describe('public pages render hostile values inert', () => {
  it('/p/<handle>: every text and attribute value is escaped', () => {
    expectInert(renderPortfolioPage(portfolio(), 'https://skills.example.org'));
  });

  it('/p/<handle>: an imported javascript:, data: or vbscript: URL is text, never a link', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:x',
      '\tjava\nscript:x',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      const html = renderPortfolioPage(
        portfolio({ artifacts: [entry({ url: bad, title: 'Imported entry' })] }),
        'https://s.example',
      );
      expect(html).not.toMatch(/href="\s*(javascript|java\s*script|data|vbscript):/i);
      expect(html).toContain('Imported entry');
    }
  });

  it('/p/<handle>: every entry says how it is known, a typed one as self-reported', () => {
    const html = renderPortfolioPage(
      portfolio({
        artifacts: [
          entry({ title: 'Typed', assurance: 'self_reported', assuranceDetail: null }),
          entry({ title: 'Confirmed', assuranceDetail: 'Confirmed on 2026-01-05 by Dana' }),
        ],
      }),
      'https://s.example',
    );
    expect(html).toContain(
      '<strong>Self-reported</strong>: the person’s own account; nobody else has checked it',
    );
    expect(html).toContain('<strong>Client-confirmed</strong>: Confirmed on 2026-01-05 by Dana');
  });

  it('/p/<handle>: http(s) addresses stay links, with the query escaped once', () => {
    const html = renderPortfolioPage(
      portfolio({ artifacts: [entry({ url: 'https://work.example/x?a=1&b=2' })] }),
      'https://s.example',
    );
    expect(html).toContain(
      '<a href="https://work.example/x?a=1&amp;b=2" rel="nofollow noopener ugc">https://work.example/x?a=1&amp;b=2</a>',
    );
    expect(isWebUrl('ftp://x.example/')).toBe(false);
    expect(isWebUrl('http://x.example/')).toBe(true);
  });

  it('/verify: the report, the error line and evidence links are escaped', () => {
    expectInert(verifyPageHtml('https://s.example', { report: report('javascript:alert(1)') }));
    expectInert(verifyPageHtml('https://s.example', { error: HOSTILE }));
    const linked = verifyPageHtml('https://s.example', {
      report: report(`https://e.example/${BREAKOUT}`),
    });
    expect(linked).toContain(
      '<a href="https://e.example/&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" rel="nofollow noopener">',
    );
    expect(linked).toContain('✘ Revoked by the issuer');
  });

  it('/evidence/:id, /confirm/:token and the message pages are escaped', () => {
    expectInert(
      evidenceEntryHtml(
        {
          entry: entry(),
          ownerName: HOSTILE,
          portfolioUrl: `https://s.example/p/${SINGLE}`,
        } as unknown as Parameters<typeof evidenceEntryHtml>[0],
        'https://s.example',
      ),
    );
    expectInert(
      confirmationHtml({
        freelancerName: HOSTILE,
        clientName: HOSTILE,
        project: entry(),
        expiresAt: HOSTILE,
      } as unknown as Parameters<typeof confirmationHtml>[0]),
    );
    expectInert(notFoundHtml(HOSTILE));
    expectInert(messageHtml(HOSTILE, HOSTILE));
  });

  it('builds no page from an HTML string (escaping is by construction)', () => {
    const dir = new URL('.', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => /\.tsx?$/.test(n) && !n.includes('.test.'))) {
      const file = ts.createSourceFile(
        name,
        readFileSync(new URL(name, dir), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        name.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      const markup: string[] = [];
      const visit = (node: ts.Node): void => {
        if (
          (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) &&
          /<\/?[a-z][a-z0-9]*[\s>/]/i.test(node.text)
        )
          markup.push(node.getText());
        ts.forEachChild(node, visit);
      };
      visit(file);
      // A tag inside a string: markup assembled by hand, escaped only by memory.
      expect(markup, name).toEqual([]);
    }
  });
});
