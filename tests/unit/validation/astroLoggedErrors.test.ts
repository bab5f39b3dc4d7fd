import { describe, expect, test } from 'vitest';
import { astroLoggedErrors } from '../../../src/lib/validation/astroLoggedErrors';

describe('astroLoggedErrors', () => {
  test("finds Astro's broken-reference message although the build exited 0", () => {
    const output = [
      '05:31:01 [content] Syncing content',
      '05:31:01 [ERROR] [content] Invalid content reference: entry "ke-hoach-42" in collection "documents" (field: implements[1]) references "chi-thi-41-ct-tw-bo-chinh-tri-2024-12-25" in collection "documents", but that entry does not exist.',
      '05:31:01 [content] Synced content',
    ].join('\n');
    expect(astroLoggedErrors(output)).toHaveLength(1);
  });

  test('strips colour codes before matching', () => {
    expect(astroLoggedErrors('\u001b[31m[ERROR]\u001b[39m [vite] ✗ Build failed')).toEqual([
      '[ERROR] [vite] ✗ Build failed',
    ]);
  });

  test('an empty collection warning is not an error', () => {
    const warning =
      '05:23:43 [WARN] [content] The collection "documents" does not exist or is empty. Please check your content config file for errors.';
    expect(astroLoggedErrors(warning)).toEqual([]);
  });

  test('a clean build has no errors', () => {
    expect(astroLoggedErrors('[build] 12 page(s) built in 3.2s\n[build] Complete!')).toEqual([]);
  });
});
