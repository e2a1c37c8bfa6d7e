import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from '../forms/field-errors.ts';
import { TextField } from './text-field.tsx';

describe('TextField', () => {
  it('ties the label, hint and error to one input and passes its props through', () => {
    const html = renderToStaticMarkup(
      <TextField
        label="Email"
        hint="The one you sign in with."
        error="must be an email address"
        type="email"
        autoComplete="email"
        value="ada@"
        onChange={() => {}}
      />,
    );
    const id = /<input id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`<label for="${id}" class="field-label">Email</label>`);
    expect(html).toContain(`aria-describedby="${id}-hint ${id}-error"`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('type="email"');
    expect(html).toContain('autoComplete="email"');
    expect(html).toContain('value="ada@"');
    expect(html).toContain(`<p id="${id}-error" class="field-error">must be an email address</p>`);
  });

  it('has no error state without an error', () => {
    const html = renderToStaticMarkup(<TextField label="Name" value="" onChange={() => {}} />);
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('field-invalid');
  });
});

describe('parseForm', () => {
  const Schema = z.object({ name: z.string().min(1, 'is required'), age: z.coerce.number() });

  it('answers the data and clears the errors when the input is valid', () => {
    let errors: Record<string, string> = { name: 'old' };
    const data = parseForm(Schema, { name: 'Ada', age: '36' }, (e) => {
      errors = e;
    });
    expect(data).toEqual({ name: 'Ada', age: 36 });
    expect(errors).toEqual({});
  });

  it('answers undefined and shows each field’s first error when it is not', () => {
    let errors: Record<string, string> = {};
    const data = parseForm(Schema, { name: '', age: 'x' }, (e) => {
      errors = e;
    });
    expect(data).toBeUndefined();
    expect(errors.name).toBe('is required');
    expect(errors.age).toBeTruthy();
  });
});
