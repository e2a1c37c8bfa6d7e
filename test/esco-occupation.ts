import type { EscoOccupation } from '../src/domain/radar/importers/parse-esco.ts';

/**
 * One occupation of a hand-written ESCO-like world for coder tests (never taken from an
 * evaluation file): the shape `parseEscoOccupations` gives, ISCO group from the code.
 */
export const escoOccupation = (
  code: string,
  name: string,
  aliases: string[],
  description = '',
): EscoOccupation => ({
  id: `esco-occ:${code}`,
  uri: `occ/${code}`,
  name,
  aliases,
  description,
  code,
  iscoGroup: code.slice(0, 4),
});
