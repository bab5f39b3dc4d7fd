import { parseArgs } from 'node:util';
import type { CorpusOptions } from './generateCorpus';

/** Usage text of `npm run corpus` (scripts/corpus.ts). */
export const corpusUsage = `Usage: npx tsx scripts/corpus.ts --out DIR [options]

Writes a synthetic, schema-valid national corpus (Dữ liệu minh họa) into DIR, for scale tests:
CONTENT_DIR=DIR npm run check:content, CONTENT_DIR=DIR npm run build.

  --out DIR          output folder: new, empty, or a previous corpus (required; never content/)
  --provinces N      province-level units, 1 to 34 (default 34)
  --communes N       communes and wards, 0 to 10000, spread over the provinces (default 3321)
  --plans N          plans in total, provincial and commune (default 1000)
  --awardees N       awardees in total over all award decisions (default 10000)
  --per-decision N   awardees per decision, 1 to 1000 (default 10)
  --exemplars N      exemplar stories (default: plans / 100, at least 3, at most 100)
  --seed S           any text; the same arguments give byte-identical files (default 1)
  --help             this text`;

/** Bad command-line arguments: the message says which and how to fix it. */
export class CorpusUsageError extends Error {}

/** The parsed command line: the options, and the output folder. */
export interface CorpusArguments {
  readonly options: CorpusOptions;
  readonly out: string;
}

function wholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) {
    throw new CorpusUsageError(
      `--${name} must be a whole number from ${min} to ${max}; got "${value}".`,
    );
  }
  const number = Number(value.trim());
  if (number < min || number > max) {
    throw new CorpusUsageError(`--${name} must be from ${min} to ${max}; got ${number}.`);
  }
  return number;
}

/**
 * Reads the command line of scripts/corpus.ts with node:util `parseArgs`.
 *
 * @param argv the arguments after the script name
 * @returns the options, or `'help'` when --help was given
 * @throws {CorpusUsageError} for an unknown option, a missing --out, or a value out of range
 */
export function parseCorpusArguments(argv: readonly string[]): CorpusArguments | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        provinces: { type: 'string' },
        communes: { type: 'string' },
        plans: { type: 'string' },
        awardees: { type: 'string' },
        'per-decision': { type: 'string' },
        exemplars: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new CorpusUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values['help'] === true) return 'help';
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const out = text('out');
  if (out === undefined || out.trim() === '') {
    throw new CorpusUsageError(
      '--out DIR is required: the folder to write the corpus to, e.g. --out /tmp/corpus.',
    );
  }
  const seed = text('seed') ?? '1';
  if (seed.trim() === '' || seed.length > 100) {
    throw new CorpusUsageError(`--seed must be 1 to 100 characters; got "${seed}".`);
  }
  const plans = wholeNumber('plans', text('plans'), 1000, 0, 1_000_000);
  const exemplarText = text('exemplars');
  return {
    out,
    options: {
      provinces: wholeNumber('provinces', text('provinces'), 34, 1, 34),
      communes: wholeNumber('communes', text('communes'), 3321, 0, 10_000),
      plans,
      awardees: wholeNumber('awardees', text('awardees'), 10_000, 0, 10_000_000),
      perDecision: wholeNumber('per-decision', text('per-decision'), 10, 1, 1000),
      exemplars:
        exemplarText === undefined
          ? undefined
          : wholeNumber('exemplars', exemplarText, 0, 0, 10_000),
      seed,
    },
  };
}
