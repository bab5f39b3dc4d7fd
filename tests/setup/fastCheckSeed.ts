/**
 * One fast-check seed for every property of a test run, so that CI and a developer's machine explore
 * the same inputs and any failure or slow input can be replayed (fast-check's default is a new random
 * seed per property, which once made a CI run differ from every local run).
 *
 * - `PROPERTY_SEED` unset: the fixed seed below (CI).
 * - `PROPERTY_SEED=<integer>`: that seed (replay what a failure printed).
 * - `PROPERTY_SEED=random`: a new seed, printed at the start, for searching further
 *   (with `PROPERTY_RUNS_FACTOR` for more runs).
 */
import fc from 'fast-check';

const fixedSeed = 20_261_121;

function seedFromEnvironment(): number {
  const value = process.env['PROPERTY_SEED'];
  if (value === undefined || value === '') return fixedSeed;
  if (value === 'random') {
    const seed = Math.floor(Math.random() * 2 ** 31);
    console.error(`fast-check: PROPERTY_SEED=${String(seed)} (replay with this value)`);
    return seed;
  }
  const seed = Number(value);
  if (!Number.isSafeInteger(seed))
    throw new Error(`PROPERTY_SEED must be a whole number or "random"; got "${value}".`);
  return seed;
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: seedFromEnvironment() });
