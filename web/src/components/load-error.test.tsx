import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoadError } from './load-error.tsx';

describe('LoadError', () => {
  it('says what failed and why, as an alert with a retry button', () => {
    const html = renderToStaticMarkup(
      <LoadError what="your paths" message="Server down" onRetry={() => {}} />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('<p class="alert-title">Could not load your paths</p>');
    expect(html).toContain('<p>Server down</p>');
    expect(html).toContain(
      '<button type="button" class="button button-secondary">Try again</button>',
    );
  });

  it('has a small button inside a page section', () => {
    const html = renderToStaticMarkup(
      <LoadError small what="posts" message="x" onRetry={() => {}} />,
    );
    expect(html).toContain('class="button button-secondary button-small">Try again');
  });
});
