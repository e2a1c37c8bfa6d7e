import type { CitedResource, StepFlag } from '../../shared/paths.ts';

/**
 * The flags a step's cited resources raise: a dead link, a model-proposed source that could
 * not be verified, or a source covering something deprecated. Sources that are fine raise none.
 */
export function resourceFlags(cited: CitedResource[]): StepFlag[] {
  const flags: StepFlag[] = [];
  for (const c of cited) {
    const ref = c.id ? { resourceId: c.id } : {};
    if (c.linkStatus === 'dead')
      flags.push({
        kind: 'dead_link',
        message: `"${c.title}" is a dead link; use the other sources.`,
        ...ref,
      });
    if (c.status === 'unverified' && c.linkStatus !== 'dead')
      flags.push({
        kind: 'unverified_resource',
        message: `"${c.title}" is unverified: ${c.why}`,
        ...ref,
      });
    if (c.deprecated)
      flags.push({
        kind: 'deprecated',
        message: `"${c.title}" covers something deprecated: ${c.deprecated.note}`,
        ...ref,
      });
  }
  return flags;
}
