import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BriefMaterial } from './brief-material.tsx';

describe('BriefMaterial', () => {
  it('shows a page to audit as its source text with a download named after the file', () => {
    const html = renderToStaticMarkup(
      <BriefMaterial
        material={{
          kind: 'page',
          title: 'Acme: landing page to audit',
          note: 'Our current landing page.',
          fileName: 'acme-seo-landing-page.html',
          mediaType: 'text/html',
          content: '<h1>Welcome</h1><img src="a.jpg">',
        }}
      />,
    );
    expect(html).toContain('From the client: Acme: landing page to audit');
    expect(html).toContain('download="acme-seo-landing-page.html"');
    expect(html).toContain('&lt;h1&gt;Welcome&lt;/h1&gt;&lt;img src=&quot;a.jpg&quot;&gt;');
    expect(html).not.toContain('<img src="a.jpg">');
  });
});
