import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartFrame, TableToggle } from './chart-frame.tsx';

describe('ChartFrame', () => {
  it('is a figure named by its caption, which holds the title and the table toggle', () => {
    const html = renderToStaticMarkup(
      <ChartFrame className="trend" title="Hours" asTable={false} onAsTable={() => {}}>
        <p>chart</p>
      </ChartFrame>,
    );
    const id = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<figure class="trend" aria-labelledby="${id}">`);
    expect(html).toContain(
      `<figcaption id="${id}" class="trend-head"><span class="trend-title">Hours</span>`,
    );
    expect(html).toContain(
      'aria-pressed="false">Show as table</button></figcaption><p>chart</p></figure>',
    );
  });

  it('leaves the toggle out when there is nothing to show as a table', () => {
    const html = renderToStaticMarkup(
      <ChartFrame
        className="trend"
        title="Hours"
        asTable={false}
        onAsTable={() => {}}
        canToggle={false}
      >
        <p>none</p>
      </ChartFrame>,
    );
    expect(html).not.toContain('<button');
  });
});

describe('TableToggle', () => {
  it('offers the other view while the table shows', () => {
    const html = renderToStaticMarkup(<TableToggle asTable onChange={() => {}} otherView="bars" />);
    expect(html).toBe(
      '<button type="button" class="button button-ghost button-small" aria-pressed="true">Show as bars</button>',
    );
  });
});
