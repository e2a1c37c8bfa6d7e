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

/**
 * Binds a handler to a contract from `src/shared/contracts`: the route validates the body and
 * query with the contract's schemas, `run` must return what the contract's response schema
 * accepts (checked when compiling), and the answer is JSON with the contract's status (204
 * when the contract declares no response).
 */
export function bindContract<C extends Contract>(
  app: Hono<AppEnv>,
  reg: RouteRegistry,
  contract: C,
  run: (c: Context<AppEnv>, input: ContractRequest<C>) => ContractReturn<C>,
): void {
  defineRoute(app, reg, contract, async (c, input) => {
    const out: unknown = await run(c, input as ContractRequest<C>);
    if (contract.raw !== undefined) {
      if (out instanceof Response) return out;
      throw new Error(`${contract.path}: a raw contract's handler must return a Response`);
    }
    if (contract.response === undefined) return c.body(null, (contract.status ?? 204) as 204);
    return c.json(out as object, (contract.status ?? 200) as ContentfulStatusCode);
  });
}
