/**
 * Property tests run on one fixed seed, so `npm test` is reproducible: a red run is the code, not
 * the dice. `FC_SEED=<n>` replays a seed; `FC_SEED=random` (what `npm run fuzz` sets) draws fresh
 * seeds, which is how new counterexamples are looked for. A counterexample found that way is kept
 * as a fixed case next to its property (app/compare.test.ts has two).
 */
import fc from 'fast-check';

/** The seed `npm test` uses; any fixed value reproduces, this one is the day it was fixed. */
const DEFAULT_SEED = 20261207;

const requested = process.env.FC_SEED;
if (requested !== 'random')
  fc.configureGlobal({ seed: requested ? Number(requested) : DEFAULT_SEED });
