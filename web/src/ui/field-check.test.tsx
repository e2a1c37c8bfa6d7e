import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FieldCheck } from './field-check.tsx';

describe('FieldCheck', () => {
  it('puts the checkbox inside its label, with any extra class', () => {
    const html = renderToStaticMarkup(
      <FieldCheck checked className="practice-check" onChange={() => {}}>
        Use the model
      </FieldCheck>,
    );
    expect(html).toBe(
      '<label class="check practice-check"><input type="checkbox" checked=""/>Use the model</label>',
    );
  });

  it('can be disabled, and is a plain .check by default', () => {
    const html = renderToStaticMarkup(
      <FieldCheck checked={false} disabled onChange={() => {}}>
        <span>Public</span>
      </FieldCheck>,
    );
    expect(html).toBe(
      '<label class="check"><input type="checkbox" disabled=""/><span>Public</span></label>',
    );
  });
});
