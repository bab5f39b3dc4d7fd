/**
 * The command line of `npm run bench` (scripts/bench.ts):
 * `npm run bench -- [--sizes 1000,10000] [--sharded 50000] [--seed 1] [--skip-browser] [--skip-baseline] [--skip-og]
 * [--incremental] [--out docs/performance.md]`.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Corpus sizes in plans (documents); empty: only the check:content and page-weight figures. */
  readonly sizes: readonly number[];
  /** Corpus sizes in plans built as one site per province plus a portal instead of one site. */
  readonly sharded: readonly number[];
  readonly seed: string;
  /** Awardees per award decision (the corpus's --per-decision); awardees in total = 10 × plans. */
  readonly awardeesPerPlan: number;
  readonly skipBrowser: boolean;
  readonly skipBaseline: boolean;
  readonly skipOg: boolean;
  readonly incremental: boolean;
  /** Reuse the saved figures of a size (results-*.json in --work) instead of measuring it again. */
  readonly reuse: boolean;
  /** Markdown file to write the report into (docs/performance.md), or null to print only. */
  readonly out: string | null;
  /** Folder for corpora and outputs (under /tmp). */
  readonly work: string;
}

export class BenchUsageError extends Error {}

export const benchUsage = `Usage: npm run bench -- [options]

  --sizes N,N,…      corpus sizes in plans (documents), e.g. 1000,10000,50000 (default 1000);
                     --sizes 0 measures only check:content and the page weight of OUT_DIR
  --sharded N,N,…    corpus sizes built as one site per province plus a portal searching them all
                     (one build after another), e.g. 50000; may be given without --sizes
  --seed S           corpus seed (default 1)
  --awardees-per-plan N  awardees in the corpus per plan (default 10: 10k plans → 100k awardees)
  --skip-browser     no search measurements in Chromium
  --skip-baseline    no bare-Astro baseline build
  --skip-og          build with SKIP_OG_IMAGES=1 (placeholder share images)
  --incremental      after each build, change one document and build again (same caches)
  --reuse            take a size's figures from an earlier run (results-*.json in --work) when saved
  --out FILE         write the report as Markdown (e.g. docs/performance.md)
  --work DIR         folder for corpora, builds and caches (default /tmp/bench)
  --help             this text`;

/** `1000,10k,50000` → [1000, 10000, 50000], sorted, without repeats or zeros. */
function sizeList(option: string, value: string): number[] {
  const sizes = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const n = Number(s.replace(/k$/i, '000'));
      if (!Number.isInteger(n) || n < 0) {
        throw new BenchUsageError(`${option}: "${s}" is not a whole number of plans`);
      }
      return n;
    })
    .filter((n) => n > 0);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/**
 * Parses the arguments after `npm run bench --`.
 *
 * @returns 'help' for --help
 * @throws BenchUsageError on an unknown option or a bad size
 */
export function parseBenchArguments(argv: readonly string[]): BenchOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string' },
        sharded: { type: 'string', default: '' },
        seed: { type: 'string', default: '1' },
        'awardees-per-plan': { type: 'string', default: '10' },
        'skip-browser': { type: 'boolean', default: false },
        'skip-baseline': { type: 'boolean', default: false },
        'skip-og': { type: 'boolean', default: false },
        incremental: { type: 'boolean', default: false },
        reuse: { type: 'boolean', default: false },
        out: { type: 'string' },
        work: { type: 'string', default: '/tmp/bench' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const sharded = sizeList('--sharded', values.sharded);
  // One site of 1000 plans unless --sharded alone asks for something else.
  const sizes = sizeList('--sizes', values.sizes ?? (sharded.length > 0 ? '0' : '1000'));
  const perPlan = Number(values['awardees-per-plan']);
  if (!Number.isInteger(perPlan) || perPlan < 1) {
    throw new BenchUsageError('--awardees-per-plan: a whole number, at least 1');
  }
  return {
    sizes,
    sharded,
    seed: values.seed,
    awardeesPerPlan: perPlan,
    skipBrowser: values['skip-browser'],
    skipBaseline: values['skip-baseline'],
    skipOg: values['skip-og'],
    incremental: values.incremental,
    reuse: values.reuse,
    out: values.out ?? null,
    work: values.work,
  };
}
