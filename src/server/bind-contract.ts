import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Contract, ContractAnswer } from '../shared/contracts/contract.ts';
import { type AppEnv, defineRoute, type RouteInput, type RouteRegistry } from './route.ts';

/** The validated body and query of a contract's request, as its handler receives them. */
export type ContractRequest<C> = C extends Contract<infer B, infer Q> ? RouteInput<B, Q> : never;

/**
 * What a contract's handler returns: what the response schema accepts, or for a contract
 * without one, nothing (answered with its status, 204 by default) or, for a `raw` contract,
 * the whole `Response` (a calendar file, or JSON the API document does not describe).
 */
export type ContractReturn<C extends Contract> =
  ContractAnswer<C> extends undefined
    ? Promise<Response | undefined> | Promise<void>
    : Promise<ContractAnswer<C>>;

const ANSWER = Symbol('answer');

/** An answer with one of the contract's `alsoStatus` statuses (made by `answerWith`). */
export interface AnswerWith<T> {
  [ANSWER]: true;
  status: number;
  body: T;
}

/**
 * Answers `body` with `status`, which must be the contract's `status` or one of its
 * `alsoStatus` (checked when the route answers): e.g. 200 for a duplicate of a 201 route.
 */
export function answerWith<T>(status: number, body: T): AnswerWith<T> {
  return { [ANSWER]: true, status, body };
}

function isAnswerWith(v: unknown): v is AnswerWith<unknown> {
  return typeof v === 'object' && v !== null && ANSWER in v;
}

/** The JSON of answers marked `shared`, kept as long as the value itself. */
const sharedJson = new WeakMap<object, string>();

/** `JSON.stringify(value)`, once per value. */
function jsonOfShared(value: object): string {
  let text = sharedJson.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    sharedJson.set(value, text);
  }
  return text;
}

/**
 * Binds a handler to a contract from `src/shared/contracts`: the route validates the body and
 * query with the contract's schemas, `run` must return what the contract's response schema
 * accepts (checked when compiling), and the answer is JSON with the contract's status (204
 * when the contract declares no response), or the status `run` chose with `answerWith`.
 * `shared`: `run` answers values a cache hands to every caller and nobody changes (a changed
 * answer is a new object), so each value is serialised once, not on every request.
 */
export function bindContract<C extends Contract>(
  app: Hono<AppEnv>,
  reg: RouteRegistry,
  contract: C,
  run: (
    c: Context<AppEnv>,
    input: ContractRequest<C>,
  ) => ContractReturn<C> | Promise<ContractAnswer<C> | AnswerWith<ContractAnswer<C>>>,
  opts: { shared?: boolean } = {},
): void {
  const main = contract.status ?? (contract.response === undefined ? 204 : 200);
  defineRoute(app, reg, contract, async (c, input) => {
    const out: unknown = await run(c, input as ContractRequest<C>);
    if (contract.raw !== undefined) {
      if (out instanceof Response) return out;
      throw new Error(`${contract.path}: a raw contract's handler must return a Response`);
    }
    let status = main;
    let body: unknown = out;
    if (isAnswerWith(out)) {
      if (out.status !== main && !contract.alsoStatus?.includes(out.status))
        throw new Error(`${contract.path}: status ${out.status} is not in the contract`);
      status = out.status;
      body = out.body;
    }
    if (contract.response === undefined) return c.body(null, status as 204);
    if (opts.shared && typeof body === 'object' && body !== null) {
      c.header('content-type', 'application/json');
      return c.body(jsonOfShared(body), status as ContentfulStatusCode);
    }
    return c.json(body as object, status as ContentfulStatusCode);
  });
}
