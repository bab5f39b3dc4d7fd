import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import {
  killedAdvice,
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

describe('killedAdvice', () => {
  test("names the machine's memory, how to confirm it, and sharding", () => {
    const advice = killedAdvice(23.54 * GiB);
    expect(advice).toContain('(23.5 GiB) ran out of memory');
    expect(advice).toContain('Out of memory: Killed process');
    expect(advice).toContain('SHARD_PROVINCES');
  });
});
