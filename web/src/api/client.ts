import type { z } from 'zod';
import { ApiErrorBody, type Profile, type SessionCheck } from '../../../src/shared/accounts.ts';
import {
  accountContracts as account,
  authContracts as auth,
} from '../../../src/shared/contracts/accounts.ts';
import {
  type Contract,
  type ContractInput,
  type ContractResult,
  contractUrl,
} from '../../../src/shared/contracts/contract.ts';
import { taxonomyContracts as taxonomy } from '../../../src/shared/contracts/taxonomy.ts';

/** One problem with one input field, as the API reports it for `invalid_input`. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A failed API call: the server's error code and message, or a network/parse failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The `details.issues` rows of an `invalid_input` error; empty when there are none. */
  get issues(): FieldIssue[] {
    const raw = this.details?.issues;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((row: unknown) => {
      if (typeof row !== 'object' || row === null) return [];
      const { path, message } = row as Record<string, unknown>;
      if (typeof message !== 'string') return [];
      return [{ path: typeof path === 'string' ? path : '(root)', message }];
    });
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const MUTATING: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Options of one request: a JSON body and the schema its success answer must satisfy. */
interface RequestOptions<S extends z.ZodType | undefined> {
  body?: unknown;
  schema?: S;
}

type Result<S> = S extends z.ZodType ? z.output<S> : undefined;

/** How the client reaches the server; tests pass a fake `fetch`. */
export interface ClientOptions {
  fetch?: typeof fetch;
  baseUrl?: string;
  /** Called when any call answers 401, so the app can show the sign-in page. */
  onUnauthenticated?: () => void;
}

/**
 * Creates the typed API client. The CSRF token lives only in memory and is echoed in
 * `x-csrf-token` on every mutating call. Throws `ApiError` with the server's code, or
 * `network_error` / `bad_response` when the server cannot be reached or answers nonsense.
 */
export function createApiClient(options: ClientOptions = {}) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const baseUrl = options.baseUrl ?? '';
  let csrfToken: string | null = null;
  let onUnauthenticated = options.onUnauthenticated;

  /** Sends one request; throws `ApiError` unless it answers 2xx. */
  async function send(method: Method, path: string, body: unknown, accept: string) {
    const headers: Record<string, string> = { accept };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (MUTATING.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

    let res: Response;
    try {
      res = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'network_error', 'Could not reach the Skilltrace server.');
    }

    if (!res.ok) {
      const error = await toApiError(res);
      // Auth endpoints answer 401 for wrong credentials; only other calls mean "session gone".
      if (res.status === 401 && !path.startsWith('/api/auth/')) onUnauthenticated?.();
      throw error;
    }
    return res;
  }

  async function request<S extends z.ZodType | undefined = undefined>(
    method: Method,
    path: string,
    opts: RequestOptions<S> = {},
  ): Promise<Result<S>> {
    const res = await send(method, path, opts.body, 'application/json');
    if (res.status === 204 || !opts.schema) return undefined as Result<S>;

    let json: unknown;
    try {
      json = await res.json();
    } catch {
      throw new ApiError(
        res.status,
        'bad_response',
        'The server answered with something unreadable.',
      );
    }
    const parsed = opts.schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError(
        res.status,
        'bad_response',
        'The server answered in an unexpected shape.',
        {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
      );
    }
    return parsed.data as Result<S>;
  }

  /**
   * Calls the route a contract in `src/shared/contracts` declares: the path parameters and
   * query go into the URL, the body is sent as JSON, and the answer is checked against the
   * contract's response schema (typed as it parses). Throws `ApiError` as `request` does.
   */
  function call<C extends Contract>(
    contract: C,
    ...[input]: ContractInput<C> extends { body: unknown }
      ? [ContractInput<C>]
      : [ContractInput<C>?]
  ): Promise<ContractResult<C>> {
    const url = contractUrl(contract, input?.params, input?.query as Record<string, unknown>);
    return request(contract.method.toUpperCase() as Method, url, {
      body: input?.body,
      schema: contract.response,
    }) as Promise<ContractResult<C>>;
  }

  /**
   * Calls a `raw` contract (a file, not JSON) and answers its body as text, e.g. a signed
   * VC-JWT. Throws `ApiError` as `request` does.
   */
  async function text<C extends Contract>(
    contract: C,
    ...[input]: ContractInput<C> extends { body: unknown }
      ? [ContractInput<C>]
      : [ContractInput<C>?]
  ): Promise<string> {
    const url = contractUrl(contract, input?.params, input?.query as Record<string, unknown>);
    const accept = [contract.raw ?? '*/*'].flat().join(', ');
    const res = await send(contract.method.toUpperCase() as Method, url, input?.body, accept);
    return res.text();
  }

  function remember<T extends SessionCheck>(info: T): T {
    csrfToken = info.user ? info.csrfToken : null;
    return info;
  }

  return {
    call,
    text,
    setCsrfToken(token: string | null) {
      csrfToken = token;
    },
    setOnUnauthenticated(fn: (() => void) | undefined) {
      onUnauthenticated = fn;
    },

    auth: {
      /** Who is signed in: `user` is null (with no error) when no one is. */
      session: async () => remember(await call(auth.session)),
      /** "Try the demo": the visitor's own copy of the demo workspace, signed in. */
      tryDemo: async () => remember(await call(auth.tryDemo)),
      signIn: async (body: { email: string; password: string }) =>
        remember(await call(auth.signIn, { body })),
      signUp: async (body: { email: string; password: string; name: string }) =>
        remember(await call(auth.signUp, { body })),
      signOut: async () => {
        try {
          await call(auth.signOut);
        } finally {
          csrfToken = null;
        }
      },
      /** The demos this instance offers: "Try the demo", and the shared account's credentials. */
      demoHint: () => call(auth.demoHint),
    },

    /** Your profile: many screens read it, so the client names it. */
    profile: {
      get: () => call(account.getProfile),
      put: (profile: Profile) => call(account.saveProfile, { body: profile }),
    },

    taxonomy: {
      /** Empty search fields are left out of the URL. */
      skills: (query: { q?: string; domain?: string; limit?: number }) =>
        call(taxonomy.searchSkills, {
          query: {
            q: query.q || undefined,
            domain: query.domain || undefined,
            limit: query.limit || undefined,
          },
        }),
      roles: () => call(taxonomy.listRoles),
    },
  };
}

/** The client type, for components that receive it. */
export type ApiClient = ReturnType<typeof createApiClient>;

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Proxies and crashed servers answer with HTML or nothing; fall through to a generic error.
  }
  const parsed = ApiErrorBody.safeParse(body);
  if (!parsed.success) {
    const text = `The server answered ${res.status} ${res.statusText}`.trim();
    return new ApiError(res.status, `http_${res.status}`, `${text}.`);
  }
  const { code, message, details } = parsed.data.error;
  return new ApiError(res.status, code, message, details);
}

/** The app's one client instance. */
export const api = createApiClient();
