import type { Hono } from 'hono';
import type { Ctx } from '../domain/ctx.ts';
import type { Contract } from '../shared/contracts/contract.ts';
import { bindContract, type ContractRequest, type ContractReturn } from './bind-contract.ts';
import { type AppEnv, type RouteRegistry, userOf } from './route.ts';

/** What the handler of a signed-in person's contract receives. */
export type UserCall<C> = ContractRequest<C> & {
  ctx: Ctx;
  /** The signed-in person (`unauthenticated` before the handler runs otherwise). */
  userId: string;
  /** The path's `:name` parameters. */
  params: Record<string, string>;
};

/**
 * `bindContract` for a signed-in person's routes, bound to one app and registry: `run` gets
 * the context, the person's id, the path parameters and the validated input.
 */
export function bindUserContracts(app: Hono<AppEnv>, reg: RouteRegistry) {
  return <C extends Contract>(contract: C, run: (call: UserCall<C>) => ContractReturn<C>): void =>
    bindContract(app, reg, contract, (c, input) =>
      run({ ...input, ctx: c.get('ctx'), userId: userOf(c).id, params: c.req.param() }),
    );
}
