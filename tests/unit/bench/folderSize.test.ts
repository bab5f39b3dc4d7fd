import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderBytes, htmlPageCount } from '../../../src/lib/bench/folderSize';

const dir = mkdtempSync(join(tmpdir(), 'bench-size-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('folder sizes', () => {
  it('sums file bytes recursively and counts HTML pages outside pagefind/', () => {
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(10));
    writeFileSync(join(dir, 'a/b/index.html'), 'x'.repeat(20));
    writeFileSync(join(dir, 'a/style.css'), 'x'.repeat(5));
    writeFileSync(join(dir, 'pagefind/x.html'), 'x'.repeat(7));
    expect(folderBytes(dir)).toBe(42);
    expect(folderBytes(join(dir, 'pagefind'))).toBe(7);
    expect(htmlPageCount(dir)).toBe(2);
  });
  it('gives 0 for a missing folder', () => {
    expect(folderBytes(join(dir, 'missing'))).toBe(0);
    expect(htmlPageCount(join(dir, 'missing'))).toBe(0);
  });
});
