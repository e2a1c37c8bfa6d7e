import type { z } from 'zod';

/** HTTP methods a contract may use. */
export type ContractMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One route, declared once: the server binds a handler to it (`bindContract`), the web calls
 * it (`api.call`), and the OpenAPI document is built from it, so none of them can drift.
 */
export interface Contract<
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: ContractMethod;
  /** Hono-style path, e.g. `/api/tokens/:id`. */
  path: string;
  tag: string;
  summary: string;
  body?: B;
  query?: Q;
  /** Schema of the 2xx answer; omitted for 204. */
  response?: R;
  /** Success status (default 200 with a response, 204 without). */
  status?: number;
  /**
   * Other success statuses the route may answer with the same response schema (e.g. 200 for
   * a duplicate where `status` is 201); the handler picks one with `answerWith`.
   */
  alsoStatus?: readonly number[];
  /** Largest accepted request body in bytes (default 1 MiB). */
  maxBody?: number;
  /** Listed in PUBLIC_ROUTES: no sign-in needed. */
  public?: boolean;
  /** Admins only. */
  admin?: boolean;
  /**
   * For a contract without `response` whose handler builds the answer itself (a `Response`):
   * its content type, e.g. `text/calendar`, or `application/json` for JSON the API document
   * does not describe; a list when it varies (a download in the format asked for, a stored
   * file). Not part of the API document.
   */
  raw?: string | readonly string[];
}

/** Declares a contract, keeping its exact schema types for both sides. */
export function contract<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  R extends z.ZodType | undefined = undefined,
>(c: Contract<B, Q, R>): Contract<B, Q, R> {
  return c;
}

type Schema<C, K extends 'body' | 'query' | 'response'> =
  C extends Contract<infer B, infer Q, infer R> ? { body: B; query: Q; response: R }[K] : never;

/** What a caller sends: the body and query as their schemas accept them, and path parameters. */
export type ContractInput<C extends Contract> = (Schema<C, 'body'> extends z.ZodType
  ? { body: z.input<Schema<C, 'body'>> }
  : { body?: undefined }) &
  (Schema<C, 'query'> extends z.ZodType
    ? { query?: z.input<Schema<C, 'query'>> }
    : { query?: undefined }) & { params?: Record<string, string> };

/** What the server answers (as the handler returns it) and the caller receives (parsed). */
export type ContractAnswer<C extends Contract> =
  Schema<C, 'response'> extends z.ZodType ? z.input<Schema<C, 'response'>> : undefined;
export type ContractResult<C extends Contract> =
  Schema<C, 'response'> extends z.ZodType ? z.output<Schema<C, 'response'>> : undefined;

/**
 * The URL of a call: `:name` parameters filled (URL-encoded) and the query appended without
 * its undefined members. Throws when a parameter is missing.
 */
export function contractUrl(
  c: Pick<Contract, 'path'>,
  params: Record<string, string> = {},
  query: Record<string, unknown> = {},
): string {
  const path = c.path.replace(/:(\w+)/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`${c.path}: missing path parameter ${name}`);
    return encodeURIComponent(v);
  });
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) q.set(k, String(v));
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}
