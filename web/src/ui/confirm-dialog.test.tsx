import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './confirm-dialog.tsx';

describe('ConfirmDialog', () => {
  it('names the action on its danger button and shows what it is about', () => {
    const html = renderToStaticMarkup(
      <ConfirmDialog
        item={{ name: 'ci-token' }}
        title="Revoke token?"
        confirmLabel="Revoke token"
        busyLabel="Revoking…"
        onCancel={() => {}}
        onConfirm={async () => {}}
      >
        <p>ci-token stops working.</p>
      </ConfirmDialog>,
    );
    expect(html).toContain('Revoke token?');
    expect(html).toContain('<p>ci-token stops working.</p>');
    expect(html).toMatch(/<button type="button" class="button button-danger"[^>]*>Revoke token</);
    expect(html).toContain('>Cancel<');
  });
});
