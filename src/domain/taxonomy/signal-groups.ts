/**
 * An outcome signal (`signals`, "cv|resume + callback|recruiter|rejected") as its groups of
 * alternatives: two or three groups joined by " + ", alternatives joined by "|", each one to
 * three lowercase words. Undefined when the signal does not have that shape. What the validator
 * checks and the radar's signal matcher reads. Throws nothing.
 */
export function signalGroups(signal: string): string[][] | undefined {
  const groups = signal.split(' + ').map((g) => g.split('|').map((a) => a.trim()));
  if (groups.length < 2 || groups.length > 3) return undefined;
  for (const g of groups) {
    for (const a of g) {
      if (!/^[a-z][a-z' -]*$/.test(a) || a.split(/\s+/).filter(Boolean).length > 3)
        return undefined;
    }
  }
  return groups;
}
