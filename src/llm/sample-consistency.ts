import { AppError, isAppError } from '../errors.ts';
import { measureAgreement } from './consistency.ts';
import type { Answer, ConsistencyReport, ConsistencyRequest } from './types.ts';

/** Temperature of self-consistency samples: high enough that a shaky answer shows it. */
export const SAMPLE_TEMPERATURE = 0.7;

/**
 * Draws `req.k` answers with distinct seeds and a raised temperature (never from the cache,
 * or agreement would always be perfect) and reports agreement per item. Samples with bad
 * output count as disagreeing; throws `llm_bad_output` when none succeeds, `invalid_input`
 * for k outside 2–9, and passes on any other `llm_*` error.
 */
export async function sampleConsistency<T, I>(
  req: ConsistencyRequest<T, I>,
  sample: (s: { temperature: number; seed: number }) => Promise<Answer<T>>,
): Promise<ConsistencyReport<T, I>> {
  if (!Number.isInteger(req.k) || req.k < 2 || req.k > 9) {
    throw new AppError('invalid_input', 'A consistency check needs between 2 and 9 samples');
  }
  const settled = await Promise.allSettled(
    Array.from({ length: req.k }, (_, i) =>
      sample({ temperature: SAMPLE_TEMPERATURE, seed: 1000 + i }),
    ),
  );
  const other = settled.find(
    (r) => r.status === 'rejected' && !isAppError(r.reason, 'llm_bad_output'),
  );
  if (other?.status === 'rejected') throw other.reason;
  const samples = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (samples.length === 0) {
    throw new AppError(
      'llm_bad_output',
      'No sample of the consistency check matched the expected format',
    );
  }
  const perSample = settled.map((r) =>
    r.status === 'fulfilled' ? req.items(r.value.value) : undefined,
  );
  const measured = measureAgreement(req.k, perSample, {
    key: req.key,
    ...(req.fingerprint ? { fingerprint: req.fingerprint } : {}),
    ...(req.minAgreement !== undefined ? { minAgreement: req.minAgreement } : {}),
  });
  return { k: req.k, samples, failedSamples: req.k - samples.length, ...measured };
}
