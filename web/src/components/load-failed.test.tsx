import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoadFailed } from './load-failed.tsx';

describe('LoadFailed', () => {
  it('names what failed, says why, and offers to try again', () => {
    const html = renderToStaticMarkup(
      <LoadFailed title="Could not load your paths" error="Server down." onRetry={() => {}} />,
    );
    expect(html).toContain('Could not load your paths');
    expect(html).toContain('<p>Server down.</p>');
    expect(html).toContain(
      '<button type="button" class="button button-secondary">Try again</button>',
    );
  });
});
