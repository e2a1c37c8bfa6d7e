import { z } from 'zod';
import { ImportInput, ImportRecord, RADAR_LIMITS } from '../radar.ts';
import { contract } from './contract.ts';

/** Bodies of import calls: the file (up to 20 MB) with room for JSON escaping. */
export const IMPORT_BODY = RADAR_LIMITS.fileBytes * 1.3;

/**
 * File imports of job posts (CSV, JSON, JSON Lines): an import is a job, queued → running →
 * done (its rows visible at once) or failed (its rows removed); poll it for progress.
 */
export const importContracts = {
  create: contract({
    method: 'post',
    path: '/api/radar/imports',
    tag: 'radar',
    summary:
      'Import job posts from CSV, JSON or JSON Lines text (201 when finished; 202 while a large file is queued or running — poll the import)',
    body: ImportInput,
    maxBody: IMPORT_BODY,
    response: ImportRecord,
    status: 201,
    alsoStatus: [202],
  }),
  // Its body is a multipart form, not JSON: the contract declares none and the handler reads
  // the form, so it is called with FormData (not `api.call`, which sends JSON).
  upload: contract({
    method: 'post',
    path: '/api/radar/imports/upload',
    tag: 'radar',
    summary:
      'Import job posts from a multipart upload: fields file, format (csv|json|jsonl), optional mapping (JSON), source, dateColumn, defaultDate and dateOrder (dmy|mdy)',
    maxBody: IMPORT_BODY,
    response: ImportRecord,
    status: 201,
    alsoStatus: [202],
  }),
  list: contract({
    method: 'get',
    path: '/api/radar/imports',
    tag: 'radar',
    summary: 'Your recent imports',
    response: z.object({ imports: z.array(ImportRecord) }),
  }),
  get: contract({
    method: 'get',
    path: '/api/radar/imports/:id',
    tag: 'radar',
    summary:
      'One import: status, processed/total, counts, row errors, near-duplicate rows and warnings',
    response: ImportRecord,
  }),
};
