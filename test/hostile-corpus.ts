import { z } from 'zod';
import type { RouteRegistry } from '../src/server/route.ts';

/** One malformed request to send. */
export interface HostileRequest {
  method: string;
  path: string;
  /** Raw body text (sent as JSON), if any. */
  body?: string;
  /** Extra headers (hostile Origin values on writes). */
  headers?: Record<string, string>;
  what: string;
}

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  default?: unknown;
};

/** A plausible valid value for a JSON schema, so one field at a time can be made hostile. */
export function exampleOf(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 8) return null;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const alt = s.anyOf ?? s.oneOf ?? s.allOf;
  if (alt?.length) return exampleOf(alt.find((a) => a.type !== 'null') ?? alt[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      return stringExample(s);
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => exampleOf(s.items, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if ((s.required ?? []).includes(k)) out[k] = exampleOf(v, depth + 1);
      }
      return out;
    }
    default:
      return 'x';
  }
}

function stringExample(s: Schema): string {
  switch (s.format) {
    case 'email':
      return 'someone@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/a';
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'date-time':
      return '2026-03-02T09:00:00.000Z';
    case 'date':
      return '2026-03-02';
    default:
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
  }
}

/** Paths of every string in `v` (JSON pointer-ish), so each can be replaced in turn. */
function stringPaths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'string') return [at];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringPaths(x, [...at, i]));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => stringPaths(x, [...at, k]));
  return [];
}

function replaced(v: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string, unknown>;
  copy[head as string] = replaced(copy[head as string], rest, value);
  return copy;
}

const deepJson = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

/** Hostile string values: NUL, lone surrogates (high, low), control and odd text. */
const BAD_STRINGS = ['a\u0000b', '\ud800', 'x\udc00y', 'javascript:alert(1)', "' or 1=1 --"];
/** Raw bodies that are not what any route expects. */
const RAW_BODIES = [
  '{',
  'null',
  '[]',
  '"s"',
  '1e999',
  '{"__proto__":{"polluted":1}}',
  deepJson(5000),
  `{"a":${deepJson(5000)}}`,
  '{"x":"\\u0000","y":"\\ud800"}',
];
/** Hostile path segments (already URL-encoded where needed). */
const BAD_SEGMENTS = [
  '%00',
  '%ED%A0%80',
  'x'.repeat(2000),
  '-1',
  '99999999999999999999',
  '..%2F..',
  'null',
  '00000000-0000-4000-8000-000000000000',
];
const BAD_QUERY = ['%00', '%ED%A0%80', '-1', 'x'.repeat(3000), '1e999'];

function jsonSchemaOf(t: z.ZodType): Schema {
  try {
    return z.toJSONSchema(t, { io: 'input', unrepresentable: 'any' }) as Schema;
  } catch {
    return {};
  }
}

/**
 * The malformed-input corpus for every declared route: hostile path parameters, raw bodies,
 * each string of a plausible body replaced in turn by a hostile one (so the NUL reaches past
 * validation of the other fields), deep nesting in place of each field, and hostile query values.
 */
export function hostileCorpus(routes: RouteRegistry): HostileRequest[] {
  const out: HostileRequest[] = [];
  for (const r of routes) {
    const method = r.method.toUpperCase();
    const params = [...r.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
    const fill = (v: string) => r.path.replace(/:(\w+)/g, () => v);
    const okPath = fill('00000000-0000-4000-8000-000000000000');
    for (const seg of params.length ? BAD_SEGMENTS : []) {
      out.push({ method, path: fill(seg), what: `param ${seg.slice(0, 20)}` });
    }
    if (r.body) {
      const example = exampleOf(jsonSchemaOf(r.body));
      out.push({ method, path: okPath, body: JSON.stringify(example), what: 'plausible body' });
      for (const origin of ['null', 'not a url', 'http://[::1', 'https://evil.example']) {
        out.push({
          method,
          path: okPath,
          body: JSON.stringify(example),
          headers: { origin },
          what: `origin ${origin}`,
        });
      }
      for (const raw of RAW_BODIES)
        out.push({ method, path: okPath, body: raw, what: `raw ${raw.slice(0, 20)}` });
      for (const p of stringPaths(example)) {
        for (const bad of BAD_STRINGS) {
          out.push({
            method,
            path: okPath,
            body: JSON.stringify(replaced(example, p, bad)),
            what: `body.${p.join('.')}=${JSON.stringify(bad)}`,
          });
        }
      }
      const fields =
        example && typeof example === 'object' && !Array.isArray(example)
          ? Object.keys(example)
          : [];
      for (const k of fields) {
        const text = JSON.stringify({ ...(example as object), [k]: '__DEEP__' });
        out.push({
          method,
          path: okPath,
          body: text.replace('"__DEEP__"', deepJson(3000)),
          what: `body.${k} deep`,
        });
      }
    } else if (method !== 'GET' && method !== 'DELETE') {
      out.push({ method, path: okPath, body: '{"x":"\\u0000"}', what: 'unexpected body' });
    }
    const query = r.query ? jsonSchemaOf(r.query) : undefined;
    for (const key of Object.keys(query?.properties ?? {})) {
      for (const v of BAD_QUERY) {
        out.push({ method, path: `${okPath}?${key}=${v}`, what: `query ${key}=${v.slice(0, 10)}` });
      }
    }
  }
  return out;
}
