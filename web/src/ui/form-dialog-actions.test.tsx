import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormDialogActions } from './form-dialog-actions.tsx';

const base = { submitLabel: 'Send report', busyLabel: 'Sending…', onCancel: () => {} };

describe('FormDialogActions', () => {
  it('offers Cancel and an enabled submit button in the given tones', () => {
    const html = renderToStaticMarkup(
      <FormDialogActions {...base} busy={false} tone="danger" cancelTone="secondary" />,
    );
    expect(html).toContain('<button type="button" class="button button-secondary">Cancel</button>');
    expect(html).toContain(
      '<button type="submit" class="button button-danger">Send report</button>',
    );
  });

  it('shows the busy label and disables submit while sending or while the form says so', () => {
    const busy = renderToStaticMarkup(<FormDialogActions {...base} busy />);
    expect(busy).toContain('class="button button-primary" disabled="">Sending…</button>');
    expect(busy).toContain('class="button button-ghost"');
    const blocked = renderToStaticMarkup(<FormDialogActions {...base} busy={false} disabled />);
    expect(blocked).toContain('disabled="">Send report</button>');
  });
});
