import { describe, expect, it } from 'vitest';
import type { PublicPortfolio } from '../../../domain/evidence/index.ts';
import { externalLink } from './html.ts';
import { renderPortfolioPage } from './portfolio-page.ts';

const portfolioWith = (url: string) =>
  ({
    handle: 'ada',
    name: 'Ada',
    headline: '',
    summary: '',
    url: '',
    verifiedSkills: [],
    credentials: [],
    stories: [],
    credits: [],
    artifacts: [
      {
        id: 'e1',
        kind: 'artifact',
        title: 'Imported entry',
        description: '',
        occurredAt: '2026-01-01T00:00:00.000Z',
        url,
        attachments: [],
      },
    ],
  }) as unknown as PublicPortfolio;

describe('links on public pages', () => {
  it('renders an imported javascript: or data: URL on /p/<handle> as text, never as a link', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:x',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      const html = renderPortfolioPage(portfolioWith(bad), 'https://skills.example.org');
      expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
      expect(html).toContain('Imported entry');
    }
  });

  it('still links http(s) addresses', () => {
    const html = renderPortfolioPage(
      portfolioWith('https://work.example/x?a=1&b=2'),
      'https://s.example',
    );
    expect(html).toContain(
      '<a href="https://work.example/x?a=1&amp;b=2" rel="nofollow noopener ugc">',
    );
    expect(externalLink('ftp://x.example/')).toBe('ftp://x.example/');
  });
});
