/**
 * Growth of build time with the number of pages: a least-squares line through (log n, log t), whose
 * slope is the exponent k of t ≈ c · n^k. k ≈ 1 is linear growth; k > 1 grows faster than linear.
 */

/** One measurement: a size (pages) and a cost (seconds), both positive. */
export interface SizePoint {
  readonly size: number;
  readonly value: number;
}

/** The fitted curve t ≈ coefficient · n^exponent, and how well it fits (r² of the log-log line). */
export interface PowerLawFit {
  readonly exponent: number;
  readonly coefficient: number;
  /** Coefficient of determination of the log-log line; 1 for two points (a line through both). */
  readonly rSquared: number;
  readonly points: number;
}

/**
 * Fits t ≈ c · n^k by ordinary least squares on log n, log t.
 *
 * @returns null when fewer than two points with distinct, positive sizes are given
 */
export function fitPowerLaw(points: readonly SizePoint[]): PowerLawFit | null {
  const usable = points.filter(
    (p) => Number.isFinite(p.size) && Number.isFinite(p.value) && p.size > 0 && p.value > 0,
  );
  if (new Set(usable.map((p) => p.size)).size < 2) return null;
  const xs = usable.map((p) => Math.log(p.size));
  const ys = usable.map((p) => Math.log(p.value));
  const n = usable.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - meanX;
    const dy = (ys[i] ?? 0) - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const exponent = sxy / sxx;
  const intercept = meanY - exponent * meanX;
  const rSquared = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { exponent, coefficient: Math.exp(intercept), rSquared, points: n };
}
