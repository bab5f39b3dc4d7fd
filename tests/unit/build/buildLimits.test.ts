import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import {
  contentStoreAdvice,
  contentStoreTooLarge,
  outOfMemoryAdvice,
  ranOutOfMemory,
} from '../../../src/lib/build/buildLimits';

const GiB = 1024 ** 3;

describe('ranOutOfMemory', () => {
  test('recognises the crash of a real Node process that ran out of heap', () => {
    const crash = spawnSync(
      process.execPath,
      ['--max-old-space-size=16', '-e', 'const a = []; for (;;) a.push(new Array(1e5).fill(1));'],
      { encoding: 'utf8' },
    );
    const output = `${crash.stdout}${crash.stderr}`;
    expect(output).toContain('heap');
    expect(ranOutOfMemory(output)).toBe(true);
  });

  test('is false for an ordinary failed build', () => {
    expect(
      ranOutOfMemory(
        '[ERROR] [vite] ✗ Build failed in 2.31s\nCould not resolve "../components/Missing.astro"',
      ),
    ).toBe(false);
  });
});

describe('outOfMemoryAdvice', () => {
  test('on a large machine, suggests a larger heap in MiB and names sharding', () => {
    const advice = outOfMemoryAdvice(4.19 * GiB, 24 * GiB);
    expect(advice).toContain('heap of 4.2 GiB');
    expect(advice).toContain('this machine has 24.0 GiB');
    expect(advice).toContain('NODE_OPTIONS=--max-old-space-size=14336 npm run build');
    expect(advice).toContain('SHARD_PROVINCES');
  });

  test('on a machine with nothing more to give, suggests sharding or a bigger machine only', () => {
    const advice = outOfMemoryAdvice(4.19 * GiB, 8 * GiB);
    expect(advice).not.toContain('max-old-space-size');
    expect(advice).toContain('SHARD_PROVINCES');
    expect(advice).toContain('a machine with more memory');
  });
});

describe('contentStoreTooLarge', () => {
  // The end of `astro build`'s output at 50,000 plans and 500,000 awardees (docs/performance.md).
  const storeFailure = [
    "  type: 'AstroError',",
    '  [cause]: RangeError: Invalid string length',
    '      at Array.join (<anonymous>)',
    '      at Module.stringify (file:///p/node_modules/devalue/src/stringify.js:22:73)',
    '      at serializeDataStore (file:///p/node_modules/astro/dist/content/data-store-writer.js:15:18)',
    '      at FileWriter.write (file:///p/node_modules/astro/dist/content/data-store-writer.js:65:46)',
  ].join('\n');

  test("recognises Astro's content store passing the string limit, and advises sharding", () => {
    expect(contentStoreTooLarge(storeFailure)).toBe(true);
    expect(contentStoreAdvice).toContain('SHARD_PROVINCES');
    expect(contentStoreAdvice).toContain('more memory does not help');
  });

  test('is false for the same error elsewhere and for an out-of-memory crash', () => {
    expect(contentStoreTooLarge('RangeError: Invalid string length\n    at renderPage')).toBe(
      false,
    );
    expect(
      contentStoreTooLarge(
        'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ),
    ).toBe(false);
  });
});
