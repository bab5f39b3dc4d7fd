import { describe, expect, it } from 'vitest';
import { fitPowerLaw } from '../../../src/lib/bench/powerLawFit';

describe('fitPowerLaw', () => {
  it('recovers the exponent of an exact power law', () => {
    const points = [1000, 10_000, 50_000].map((n) => ({ size: n, value: 0.02 * n ** 1.3 }));
    const fit = fitPowerLaw(points);
    expect(fit?.exponent).toBeCloseTo(1.3, 10);
    expect(fit?.coefficient).toBeCloseTo(0.02, 10);
    expect(fit?.rSquared).toBeCloseTo(1, 10);
    expect(fit?.points).toBe(3);
  });

  it('gives exponent 1 for linear growth and 0 for a constant', () => {
    expect(
      fitPowerLaw([
        { size: 10, value: 5 },
        { size: 100, value: 50 },
      ])?.exponent,
    ).toBeCloseTo(1);
    expect(
      fitPowerLaw([
        { size: 10, value: 7 },
        { size: 100, value: 7 },
      ])?.exponent,
    ).toBeCloseTo(0);
  });

  it('fits noisy points by least squares on the logarithms', () => {
    // log10 sizes 1, 2, 3; log10 values 1, 2.2, 3 → slope 1, intercept 0.0667
    const fit = fitPowerLaw([
      { size: 10, value: 10 },
      { size: 100, value: 10 ** 2.2 },
      { size: 1000, value: 1000 },
    ]);
    expect(fit?.exponent).toBeCloseTo(1, 10);
    expect(fit?.rSquared).toBeLessThan(1);
  });

  it('needs two distinct positive sizes', () => {
    expect(fitPowerLaw([])).toBeNull();
    expect(fitPowerLaw([{ size: 10, value: 1 }])).toBeNull();
    expect(
      fitPowerLaw([
        { size: 10, value: 1 },
        { size: 10, value: 2 },
      ]),
    ).toBeNull();
    expect(
      fitPowerLaw([
        { size: 10, value: 1 },
        { size: 0, value: 2 },
      ]),
    ).toBeNull();
  });
});
