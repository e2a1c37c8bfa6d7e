import { AppError } from '../../../errors.ts';

/** A failure as a worker thread sends it back: an AppError keeps its code and details (a bad upload is a 4xx). */
export interface WorkerFailure {
  message: string;
  code?: AppError['code'];
  details?: AppError['details'];
}

/** `e`, thrown in a worker thread, as it is sent back (see `WorkerFailure`). */
export function workerFailure(e: unknown): WorkerFailure {
  return e instanceof AppError
    ? { message: e.message, code: e.code, details: e.details }
    : { message: (e as Error).message };
}
