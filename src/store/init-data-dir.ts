/**
 * Run as a short-lived child process (see `createDataDirApart` in open-store.ts): creates the
 * embedded database in the folder named by the first argument, then exits. Creating one
 * (initdb) leaves a few hundred MB of WebAssembly memory behind that the server process would
 * keep resident for its whole life; done here, the server only ever opens an existing folder.
 */
import { renameSync, rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { EMBEDDED_START_PARAMS } from './embedded-settings.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: init-data-dir <pgdata folder>');
// Built beside the target and renamed when complete, so a half-made folder is never used.
const building = `${dir}.creating-${process.pid}`;
rmSync(building, { recursive: true, force: true });
const db = await PGlite.create({
  dataDir: building,
  relaxedDurability: false,
  startParams: [...PGlite.defaultStartParams, ...EMBEDDED_START_PARAMS],
});
await db.close();
renameSync(building, dir);
