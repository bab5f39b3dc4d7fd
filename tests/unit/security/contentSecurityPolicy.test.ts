import { describe, expect, test } from 'vitest';
import {
  headerPolicy,
  readMetaPolicy,
  staticHostHeaders,
} from '../../../src/lib/security/contentSecurityPolicy';

describe('the Content-Security-Policy', () => {
  const header = headerPolicy();

  test('runs no inline script and no eval, and loads nothing from other origins', () => {
    const scriptSrc = header.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).not.toContain('unsafe-inline');
    expect(header).not.toMatch(/'unsafe-eval'/);
    expect(header).not.toMatch(/https?:|\*/);
    expect(header).toContain("object-src 'none'");
  });

  test('lets Pagefind start its search worker and forbids framing the site', () => {
    expect(header).toContain("worker-src 'self' blob:");
    expect(header).toContain("frame-ancestors 'none'");
  });

  test('the static-host headers file carries the policy for every path and caches /_astro/ for good', () => {
    const file = staticHostHeaders();
    expect(file.startsWith(`/*\n  Content-Security-Policy: ${header}\n`)).toBe(true);
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });

  test('lets other origins read only the search index (a national portal merges it, src/lib/shard/)', () => {
    const file = staticHostHeaders();
    expect(file).toContain(
      '/pagefind/*\n  Cache-Control: public, max-age=0, must-revalidate\n  Access-Control-Allow-Origin: *\n',
    );
    expect(file.match(/Access-Control-Allow-Origin/g)).toHaveLength(1);
  });

  test('reads the policy of a built page from its meta element', () => {
    const policy = readMetaPolicy(
      `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-abc=';">`,
    );
    expect(policy?.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(readMetaPolicy('<meta charset="utf-8">')).toBeNull();
  });
});
