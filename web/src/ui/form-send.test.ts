import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { showSendFailure } from './form-send.ts';

function shown(error: unknown, alwaysSay?: boolean) {
  let errors: FieldErrors | undefined;
  let message: string | undefined;
  showSendFailure(
    error,
    (e) => {
      errors = e;
    },
    (m) => {
      message = m;
    },
    alwaysSay,
  );
  return { errors, message };
}

const invalid = new ApiError(400, 'invalid_input', 'Check the form.', {
  issues: [{ path: 'url', message: 'Not an address' }],
});

describe('showSendFailure', () => {
  it('shows the fields the API named and no sentence for the form', () => {
    expect(shown(invalid)).toEqual({ errors: { url: 'Not an address' }, message: undefined });
  });

  it('says what went wrong when no field was named, and clears the field errors', () => {
    expect(shown(new ApiError(409, 'conflict', 'Already followed.'))).toEqual({
      errors: {},
      message: 'Already followed.',
    });
    expect(shown(new Error('boom')).message).toBe('boom');
  });

  it('says it as well as the fields with alwaysSay', () => {
    expect(shown(invalid, true)).toEqual({
      errors: { url: 'Not an address' },
      message: 'Check the form.',
    });
  });
});
