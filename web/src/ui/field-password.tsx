import type { ComponentProps } from 'react';
import { TextField } from './text-field.tsx';

/** What a new password must be, shown beside every field that sets one. */
export const NEW_PASSWORD_HINT = 'At least 10 characters.';

/**
 * A password row: for a new password (`fresh`) the browser may suggest one; otherwise it
 * fills in the one it keeps for the account.
 */
export function PasswordField({
  fresh = false,
  ...field
}: Omit<ComponentProps<typeof TextField>, 'type' | 'autoComplete'> & { fresh?: boolean }) {
  return (
    <TextField
      {...field}
      type="password"
      autoComplete={fresh ? 'new-password' : 'current-password'}
    />
  );
}
