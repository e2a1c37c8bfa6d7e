import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatList } from './stat-list.tsx';

describe('StatList', () => {
  it('writes each figure as a labelled term in dl.stats', () => {
    const html = renderToStaticMarkup(
      <StatList
        stats={[
          { label: 'Skills', value: 12 },
          { label: 'Version', value: '1.2', valueClassName: 'stat-code' },
        ]}
      />,
    );
    expect(html).toBe(
      '<dl class="stats"><div class="stat"><dt>Skills</dt><dd>12</dd></div>' +
        '<div class="stat"><dt>Version</dt><dd class="stat-code">1.2</dd></div></dl>',
    );
  });
});
