import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PanelHead } from './panel-head.tsx';

describe('PanelHead', () => {
  it('writes the panel heading with its id and what stands beside it', () => {
    expect(
      renderToStaticMarkup(
        <PanelHead titleId="t" title="This week">
          <a href="/app/progress">All progress</a>
        </PanelHead>,
      ),
    ).toBe(
      '<div class="panel-head"><h2 id="t">This week</h2><a href="/app/progress">All progress</a></div>',
    );
  });
});
