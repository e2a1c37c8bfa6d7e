/**
 * Flows that span capabilities, above all of them: deleting an account (revokes its
 * credentials first) and importing one (re-anchors its evidence ledger). Demo seeding, the
 * other such flow, lives in `src/domain/demo/`.
 */
export { deleteAccount } from './delete-account.ts';
export { importAccount } from './import-account.ts';
