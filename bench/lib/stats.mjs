// Order statistics over raw samples, computed the same way for every part so that
// in-process and over-the-wire figures compare.

/** Linear interpolation between closest ranks (the common "type 7" definition). */
function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

const median = (samples) => percentile(samples, 0.5);

/** Median and p95 of samples, with their count. */
export function summary(samples) {
  return { median: median(samples), p95: percentile(samples, 0.95), samples: samples.length };
}
