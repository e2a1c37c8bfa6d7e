import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartBox } from './chart-box.tsx';

describe('ChartBox', () => {
  it('hides the chart from screen readers inside a box of the given class', () => {
    const html = renderToStaticMarkup(
      <ChartBox className="trend-chart" height={180}>
        <svg />
      </ChartBox>,
    );
    expect(html).toMatch(/^<div class="trend-chart" aria-hidden="true">/);
    expect(html).toContain('recharts-responsive-container');
  });
});
