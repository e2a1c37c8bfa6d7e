import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FileButton } from './file-button.tsx';

describe('FileButton', () => {
  it('hides the file input first and labels it with a button-styled label', () => {
    const html = renderToStaticMarkup(
      <FileButton id="f" accept=".json" disabled onChange={() => {}}>
        Import…
      </FileButton>,
    );
    expect(html).toBe(
      '<input id="f" type="file" accept=".json" class="visually-hidden file-input" disabled=""/>' +
        '<label for="f" class="button button-secondary file-button">Import…</label>',
    );
  });
});
