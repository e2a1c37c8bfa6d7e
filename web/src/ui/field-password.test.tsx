import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NEW_PASSWORD_HINT, PasswordField } from './field-password.tsx';

describe('PasswordField', () => {
  it('asks for the password the browser keeps, by default', () => {
    const html = renderToStaticMarkup(
      <PasswordField label="Password" value="secret" onChange={() => {}} />,
    );
    expect(html).toContain('type="password"');
    expect(html).toContain('autoComplete="current-password"');
    expect(html).toContain('Password</label>');
  });

  it('lets the browser suggest a fresh one, with the rule as its hint', () => {
    const html = renderToStaticMarkup(
      <PasswordField
        fresh
        label="New password"
        hint={NEW_PASSWORD_HINT}
        value=""
        onChange={() => {}}
      />,
    );
    expect(html).toContain('autoComplete="new-password"');
    expect(html).toContain('At least 10 characters.</p>');
  });
});
