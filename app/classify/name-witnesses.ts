/**
 * The readings of a site whose context may vouch for a name: every name row asks this of the same
 * site, so it is worked out once per readings list.
 */
import type { ClassifyReading } from './rule';

/**
 * The readings whose context may vouch for a name: those that agree with the majority when there
 * is one. A typo's own context is not evidence (委员[群]工作 does not make 群 a name after 委员).
 */
export function nameWitnesses(readings: readonly ClassifyReading[]): readonly ClassifyReading[] {
  // Every name row asks this of the same site: work it out once per readings list.
  let witnesses = witnessesOf.get(readings);
  if (witnesses === undefined) {
    witnesses = distinctWitnesses(readings);
    witnessesOf.set(readings, witnesses);
  }
  return witnesses;
}

/** nameWitnesses per readings list (a site's readings are never changed once made). */
const witnessesOf = new WeakMap<readonly ClassifyReading[], readonly ClassifyReading[]>();

function distinctWitnesses(readings: readonly ClassifyReading[]): readonly ClassifyReading[] {
  const counts = new Map<string, number>();
  for (const r of readings) counts.set(r.text, (counts.get(r.text) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const chosen =
    !top || (ranked[1] && ranked[1][1] === top[1])
      ? readings
      : readings.filter((r) => r.text === top[0]);
  // Variants that agree usually share the context too: judge each distinct context once.
  const seen = new Set<string>();
  return chosen.filter((r) => {
    const key = `${r.before}\u0000${r.text}\u0000${r.after}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
