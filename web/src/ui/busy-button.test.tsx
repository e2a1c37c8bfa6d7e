import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BusyButton } from './busy-button.tsx';

const render = (busy: boolean, disabled?: boolean) =>
  renderToStaticMarkup(
    <BusyButton
      className="button"
      busy={busy}
      busyLabel="Saving…"
      disabled={disabled}
      onClick={() => {}}
    >
      Save
    </BusyButton>,
  );

describe('BusyButton', () => {
  it('shows its label and is enabled while idle', () => {
    expect(render(false)).toBe('<button type="button" class="button">Save</button>');
  });

  it('is disabled while busy, saying so, or while its caller says it must be', () => {
    expect(render(true)).toBe('<button type="button" class="button" disabled="">Saving…</button>');
    expect(render(false, true)).toBe(
      '<button type="button" class="button" disabled="">Save</button>',
    );
  });
});
