import { describe, expect, test } from 'vitest';
import {
  adminPolicy,
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

describe('the web editor policy (/admin/)', () => {
  test('allows what Decap CMS needs and the forge, nothing else from other origins', () => {
    const policy = adminPolicy({ adminOrigins: ['https://gitlab.example.vn'] });
    expect(policy).toContain("script-src 'self' 'unsafe-eval'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("connect-src 'self' blob: https://gitlab.example.vn");
    expect(policy).toContain("img-src 'self' blob: data: https://gitlab.example.vn");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(adminPolicy()).toContain("connect-src 'self' blob:;");
    expect(() => adminPolicy({ adminOrigins: ['https://*.example.vn'] })).toThrow(/not an origin/);
  });

  test('replaces the site policy under /admin/ instead of adding to it, and only there', () => {
    const file = staticHostHeaders({ adminOrigins: ['https://gitlab.example.vn'] });
    const admin = file.slice(file.indexOf('/admin/*'));
    expect(admin).toBe(
      `/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminPolicy({ adminOrigins: ['https://gitlab.example.vn'] })}\n  Cache-Control: no-cache\n`,
    );
    expect(file.indexOf('/*')).toBeLessThan(file.indexOf('/admin/*'));
    expect(headerPolicy({ adminOrigins: ['https://gitlab.example.vn'] })).not.toContain('gitlab');
  });
});
