import { type Kysely, sql } from 'kysely';

/**
 * `ledger_append_point(user)` also answers, in the same statement as the chain's head, the
 * active signing key's id (`active_kid`) and the public key of this instance that the top
 * checkpoint names (`checkpoint_jwk`, null when its kid is not one of this instance's keys),
 * so an append signs its checkpoint and checks the one before without key look-ups while it
 * holds the ledger lock (up to two round trips fewer per append). Otherwise the function is
 * the one of 0019.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop function ledger_append_point(text)`.execute(db);
  await sql`
    create function ledger_append_point(p_user text)
    returns table (chain_id text, head_seq integer, head_hash text, checkpoint_jws text,
                   active_kid text, checkpoint_jwk jsonb)
    language plpgsql volatile as $$
    declare
      v_chain text;
    begin
      perform pg_advisory_xact_lock(hashtext('ledger:' || p_user));
      select c.chain_id into v_chain from evidence_checkpoints c
        where c.user_id = p_user order by c.created_at desc, c.seq desc limit 1;
      if v_chain is null then
        select e.chain_id into v_chain from evidence_entries e
          where e.user_id = p_user order by e.chain_id, e.seq limit 1;
      end if;
      return query
        select v_chain, h.seq, h.hash, top.jws,
          (select k.kid from signing_keys k where k.status = 'active' limit 1),
          (select k.public_jwk from signing_keys k where k.kid = top.kid)
        from (select 1) one
        left join lateral (select c.jws, c.kid from evidence_checkpoints c
          where c.user_id = p_user and c.chain_id = v_chain
          order by c.seq desc, c.created_at desc limit 1) top on true
        left join lateral (select e.seq, e.hash from evidence_entries e
          where e.user_id = p_user and e.chain_id = v_chain order by e.seq desc limit 1) h on true;
    end $$`.execute(db);
}
