import type { z } from 'zod';
import { ApiError, type FieldIssue } from '../api/client.ts';

/** Field path ("skills.2.skillId") → first message for it. */
export type FieldErrors = Record<string, string>;

/** Collects issues by path, keeping the first message per path. */
export function toFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) out[issue.path] ??= issue.message;
  return out;
}

/** Zod issues in the same `{ path, message }` shape the API uses. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return toFieldErrors(
    error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(root)',
      message: i.message,
    })),
  );
}

/** Field errors of an API failure; empty unless it was `invalid_input` with issues. */
export function apiFieldErrors(error: unknown): FieldErrors {
  return error instanceof ApiError ? toFieldErrors(error.issues) : {};
}

/** The first message for `path` itself or anything under it (`skills` matches `skills.2.level`). */
export function errorFor(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}

/** A sentence for any thrown value, for a form-level alert. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network_error')
      return 'Could not reach the server. Check your connection and try again.';
    return error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * Checks form input with `schema`: the parsed data with the field errors cleared, or
 * `undefined` after showing each field's first error through `setErrors`.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  input: unknown,
  setErrors: (errors: FieldErrors) => void,
): z.output<S> | undefined {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    setErrors(zodFieldErrors(parsed.error));
    return undefined;
  }
  setErrors({});
  return parsed.data;
}
