import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Contract, ContractAnswer } from '../shared/contracts/contract.ts';
import { type AppEnv, defineRoute, type RouteInput, type RouteRegistry } from './route.ts';

type Input<C> = C extends Contract<infer B, infer Q> ? RouteInput<B, Q> : never;

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
  run: (c: Context<AppEnv>, input: Input<C>) => Promise<ContractAnswer<C>>,
): void {
  defineRoute(app, reg, contract, async (c, input) => {
    const out = await run(c, input as Input<C>);
    if (contract.response === undefined) return c.body(null, (contract.status ?? 204) as 204);
    return c.json(out as object, (contract.status ?? 200) as ContentfulStatusCode);
  });
}
