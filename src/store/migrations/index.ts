import type { Kysely } from 'kysely';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-llm.ts';
import * as m0003 from './0003-evidence.ts';
import * as m0004 from './0004-paths.ts';
import * as m0005 from './0005-radar.ts';
import * as m0006 from './0006-practice.ts';
import * as m0007 from './0007-peers.ts';
import * as m0009 from './0009-trust.ts';
import * as m0012 from './0012-radar-read-model.ts';
import * as m0013 from './0013-model-checks.ts';
import * as m0014 from './0014-demo-workspaces.ts';
import * as m0015 from './0015-import-jobs.ts';
import * as m0016 from './0016-client-delivery.ts';
import * as m0017 from './0017-path-availability.ts';
import * as m0019 from './0019-person-versions.ts';
import * as m0021 from './0021-signin-safety.ts';
import * as m0022 from './0022-extraction-version.ts';
import * as m0023 from './0023-catalog-durations.ts';
import * as m0024 from './0024-post-band-keys.ts';
import * as m0026 from './0026-dashboard-stamps.ts';
import * as m0027 from './0027-ledger-append-key.ts';
import * as m0028 from './0028-peer-pool-stamp.ts';
import * as m0029 from './0029-packed-plans.ts';
import * as m0030 from './0030-import-chunk-storage.ts';
import * as m0031 from './0031-stamp-notify.ts';
import * as m0032 from './0032-imported-occupations.ts';
import * as m0033 from './0033-facet-count-join.ts';
import * as m0034 from './0034-post-skill-owner-key.ts';
import * as m0035 from './0035-facet-count-branches.ts';
import * as m0036 from './0036-handle-history.ts';
import * as m0037 from './0037-retired-handles.ts';
import * as m0038 from './0038-duplicate-rows.ts';
import * as m0039 from './0039-withdrawn-public.ts';

export interface Migration {
  up(db: Kysely<unknown>): Promise<void>;
}

/**
 * Every migration, in order. Names never change once released: a migration that has run
 * is recorded by name, and existing data is upgraded in place by the ones after it.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-llm': m0002,
  '0003-evidence': m0003,
  '0004-paths': m0004,
  '0005-radar': m0005,
  '0006-practice': m0006,
  '0007-peers': m0007,
  '0009-trust': m0009,
  '0012-radar-read-model': m0012,
  '0013-model-checks': m0013,
  '0014-demo-workspaces': m0014,
  '0015-import-jobs': m0015,
  '0016-client-delivery': m0016,
  '0017-path-availability': m0017,
  '0019-person-versions': m0019,
  '0021-signin-safety': m0021,
  '0022-extraction-version': m0022,
  '0023-catalog-durations': m0023,
  '0024-post-band-keys': m0024,
  '0026-dashboard-stamps': m0026,
  '0027-ledger-append-key': m0027,
  '0028-peer-pool-stamp': m0028,
  '0029-packed-plans': m0029,
  '0030-import-chunk-storage': m0030,
  '0031-stamp-notify': m0031,
  '0032-imported-occupations': m0032,
  '0033-facet-count-join': m0033,
  '0034-post-skill-owner-key': m0034,
  '0035-facet-count-branches': m0035,
  '0036-handle-history': m0036,
  '0037-retired-handles': m0037,
  '0038-duplicate-rows': m0038,
  '0039-withdrawn-public': m0039,
};
