// How hard the property tests search. In `npm test`: a fixed seed and few runs, so the
// suite stays fast and a failure reproduces. With NOS_FUZZ=1 (`npm run fuzz`): 100 times
// the runs (NOS_FUZZ_SCALE times, for a shorter search) and a fresh seed, printed with the
// runs and time of each property. NOS_SEED replays a seed in either mode.

import fc from 'fast-check';

const FUZZ = process.env.NOS_FUZZ === '1';
const SCALE = FUZZ ? Number(process.env.NOS_FUZZ_SCALE ?? 100) : 1;
const SEED = process.env.NOS_SEED ? Number(process.env.NOS_SEED) : FUZZ ? Date.now() % 2 ** 31 : 20_240_613;

/**
 * A mocha test that checks `make()` for `runs` runs (times 100 when fuzzing).
 * `endOnFailure` skips shrinking, for inputs that take long to fail.
 */
export function property<Ts>(title: string, runs: number, make: () => fc.IRawProperty<Ts>, endOnFailure = false): void {
  it(title, async function () {
    this.timeout(FUZZ ? 0 : 60_000);
    const numRuns = runs * SCALE;
    const start = performance.now();
    await fc.assert(make(), { seed: SEED, numRuns, endOnFailure });
    if (FUZZ) {
      const seconds = ((performance.now() - start) / 1000).toFixed(1);
      console.log(`      fuzz: ${numRuns} runs in ${seconds} s (NOS_SEED=${SEED})`);
    }
  });
}
