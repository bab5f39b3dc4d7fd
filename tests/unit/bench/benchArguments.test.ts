import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseBenchArguments } from '../../../src/lib/bench/benchArguments';

describe('parseBenchArguments', () => {
  it('defaults to one laptop-sized corpus of 1000 plans', () => {
    expect(parseBenchArguments([])).toMatchObject({
      sizes: [1000],
      seed: '1',
      awardeesPerPlan: 10,
      skipBrowser: false,
      skipBaseline: false,
      skipOg: false,
      incremental: false,
      reuse: false,
      out: null,
      work: '/tmp/bench',
    });
  });
  it('reads sizes (sorted, deduplicated, "10k" allowed) and flags', () => {
    expect(
      parseBenchArguments([
        '--sizes',
        '50000,1000,10k,1000',
        '--seed',
        'x',
        '--skip-browser',
        '--incremental',
        '--out',
        'docs/performance.md',
      ]),
    ).toMatchObject({
      sizes: [1000, 10_000, 50_000],
      seed: 'x',
      skipBrowser: true,
      incremental: true,
      out: 'docs/performance.md',
    });
  });
  it('--sizes 0 means no corpus', () => {
    expect(parseBenchArguments(['--sizes', '0'])).toMatchObject({ sizes: [] });
  });
  it('--sharded alone builds only those sizes as shards; with --sizes, both', () => {
    expect(parseBenchArguments(['--sharded', '50k'])).toMatchObject({
      sizes: [],
      sharded: [50_000],
    });
    expect(parseBenchArguments(['--sizes', '1000,10000', '--sharded', '50000'])).toMatchObject({
      sizes: [1000, 10_000],
      sharded: [50_000],
    });
    expect(parseBenchArguments([])).toMatchObject({ sharded: [] });
    expect(() => parseBenchArguments(['--sharded', 'all'])).toThrow(
      '--sharded: "all" is not a whole number of plans',
    );
  });
  it('answers --help and refuses bad input', () => {
    expect(parseBenchArguments(['--help'])).toBe('help');
    expect(() => parseBenchArguments(['--sizes', 'many'])).toThrow(BenchUsageError);
    expect(() => parseBenchArguments(['--nope'])).toThrow(BenchUsageError);
    expect(() => parseBenchArguments(['--awardees-per-plan', '0'])).toThrow(BenchUsageError);
  });
});
