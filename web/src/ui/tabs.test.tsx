import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { sectionOf, Tabs } from './tabs.tsx';

describe('Tabs', () => {
  it('marks only the current section with aria-current and its class', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <Tabs
          label="Radar sections"
          className="radar-tabs"
          tabs={[
            { to: '/app/radar', label: 'Overview', current: false },
            { to: '/app/radar/sources', label: 'Demand sources', current: true },
          ]}
        />
      </MemoryRouter>,
    );
    expect(html).toContain('<nav class="ui-tabs radar-tabs" aria-label="Radar sections">');
    expect(html).toContain(
      '<a class="ui-tab ui-tab-current" aria-current="page" href="/app/radar/sources"',
    );
    expect(html).toContain('<a class="ui-tab" href="/app/radar"');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('names the section below a capability path', () => {
    expect(sectionOf('/app/radar', '/app/radar')).toBe('');
    expect(sectionOf('/app/radar/', '/app/radar')).toBe('');
    expect(sectionOf('/app/practice/briefs/42', '/app/practice')).toBe('briefs');
  });
});
