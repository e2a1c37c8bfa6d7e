import { AppError } from '../errors.ts';

/** Deepest JSON nesting any route accepts (exports, evidence data and mappings stay far below). */
export const MAX_JSON_DEPTH = 64;

function refuse(path: string, message: string): AppError {
  return new AppError('invalid_input', `${path}: ${message}`, {
    details: { issues: [{ path, message }] },
  });
}

/**
 * True when `s` has no lone UTF-16 surrogate: `String.prototype.isWellFormed` (in Node 20; its
 * type is in lib ES2024, which the project does not take whole because Node 20 lacks parts of
 * it). Native: the lone-surrogate regex it replaces took ~5 ms a MB of upload.
 */
const isWellFormed = (s: string): boolean =>
  (s as string & { isWellFormed(): boolean }).isWellFormed();

/** Why `s` cannot be stored as text, or undefined when it can. */
function textProblem(s: string): string | undefined {
  if (s.includes('\u0000')) return 'contains a NUL character';
  if (!isWellFormed(s)) return 'contains a lone surrogate (invalid Unicode)';
  return undefined;
}

/**
 * Refuses JSON text nested deeper than `max` before it is parsed (a linear scan that skips
 * strings), so no later recursive walk can overflow the stack. Throws `invalid_input`.
 */
export function checkJsonDepth(text: string, where: string, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) {
      // A string: jump to its closing quote (one not escaped by an odd run of backslashes),
      // so the characters inside, most of a large body, are not visited one by one.
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end < 0) return; // unterminated: JSON.parse refuses it
        let k = end - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((end - 1 - k) % 2 === 0) break;
      }
      i = end;
    } else if (ch === 91 || ch === 123) {
      if (++depth > max) throw refuse(where, `is nested deeper than ${max} levels`);
    } else if (ch === 93 || ch === 125) depth--;
  }
}

/**
 * Refuses any string (value or object key) in `value` that PostgreSQL cannot store as text:
 * NUL characters and lone UTF-16 surrogates. The error names the field, e.g.
 * `body.posts.3.title`. Throws `invalid_input`.
 */
export function checkStorableText(value: unknown, where: string, depth = 0): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw refuse(where, problem);
    return;
  }
  if (depth > MAX_JSON_DEPTH) throw refuse(where, `is nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkStorableText(v, `${where}.${i}`, depth + 1);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const problem = textProblem(k);
      if (problem) throw refuse(`${where}.${k.replace(/[^\w-]/g, '?')}`, `key ${problem}`);
      checkStorableText(v, `${where}.${k}`, depth + 1);
    }
  }
}
