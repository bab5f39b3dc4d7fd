import { describe, expect, test } from 'vitest';
import {
  mergeIndexCall,
  parsePortalShards,
  portalOrigins,
  portalShardsFromEnv,
  readPortalSites,
  searchScope,
  siteOfResult,
} from '../../../src/lib/shard/portalShards';
import {
  headerPolicy,
  metaDirectives,
  metaDirectivesFor,
  staticHostHeaders,
} from '../../../src/lib/security/contentSecurityPolicy';

const value = 'Gia Lai=https://gialai.example.vn/, Lâm Đồng=http://127.0.0.1:4702';

describe('PORTAL_SHARDS', () => {
  test('reads "name=address" pairs, keeping the order and dropping a trailing slash', () => {
    expect(parsePortalShards(value)).toEqual([
      { name: 'Gia Lai', url: 'https://gialai.example.vn' },
      { name: 'Lâm Đồng', url: 'http://127.0.0.1:4702' },
    ]);
    expect(portalShardsFromEnv({})).toEqual([]);
    expect(portalShardsFromEnv({ PORTAL_SHARDS: '  ' })).toEqual([]);
  });

  test.each([
    ['Gia Lai=https://a.vn,', 'has an empty item'],
    ['Gia Lai https://a.vn', 'is not "name=address"'],
    ['=https://a.vn', 'needs a name before "="'],
    ['Gia Lai=gialai.example.vn', 'is not a web address'],
    ['Gia Lai=ftp://a.vn', 'must start with https://'],
    ['Gia Lai=https://user:pw@a.vn', 'must not contain a user name or password'],
    ['Gia Lai=https://a.vn/gia-lai/', 'must be the root of a site'],
    ['Gia Lai=https://a.vn/?x=1', 'must be the root of a site'],
    ['Gia Lai=https://a.vn,Gia Lai=https://b.vn', 'names "Gia Lai" twice'],
    ['A=https://a.vn,B=https://a.vn/', 'lists https://a.vn twice'],
  ])('%s → an error saying it %s', (bad, message) => {
    expect(() => parsePortalShards(bad)).toThrow(message);
  });

  test("a shard on the portal's own origin is refused (Pagefind would skip it)", () => {
    expect(() =>
      portalShardsFromEnv({ PORTAL_SHARDS: value, SITE_URL: 'https://gialai.example.vn/x/' }),
    ).toThrow(/"Gia Lai" has the portal's own address https:\/\/gialai.example.vn \(SITE_URL\)/);
  });
});

describe('merging the shards in the browser', () => {
  const sites = parsePortalShards(value);

  test('each index is merged from <url>/pagefind/ with absolute result links and a site filter', () => {
    expect(mergeIndexCall({ name: 'Gia Lai', url: 'https://gialai.example.vn' })).toEqual({
      indexPath: 'https://gialai.example.vn/pagefind/',
      options: { baseUrl: 'https://gialai.example.vn/', mergeFilter: { site: 'Gia Lai' } },
    });
  });

  test('a result belongs to the shard its URL starts with, else to the portal', () => {
    expect(siteOfResult('https://gialai.example.vn/van-ban/x/', sites)?.name).toBe('Gia Lai');
    expect(siteOfResult('http://127.0.0.1:4702/van-ban/x/', sites)?.name).toBe('Lâm Đồng');
    expect(siteOfResult('/van-ban/x/', sites)).toBeUndefined();
    expect(siteOfResult('https://gialai.example.vn.evil.vn/x/', sites)).toBeUndefined();
  });

  test('choosing a site under "Tìm trên" merges only that shard; none chosen merges all', () => {
    const [giaLai] = sites;
    expect(searchScope(sites, 'Trung ương', 'Gia Lai')).toEqual({
      site: 'Gia Lai',
      sites: [giaLai],
    });
    expect(searchScope(sites, 'Trung ương', undefined)).toEqual({ site: undefined, sites });
    // The portal's own pages need no shard: its own index is always loaded.
    expect(searchScope(sites, 'Trung ương', 'Trung ương')).toEqual({
      site: 'Trung ương',
      sites: [],
    });
  });

  test('a site name the portal does not know (an old link) searches every site', () => {
    expect(searchScope(sites, 'Trung ương', 'Kon Tum')).toEqual({ site: undefined, sites });
    expect(searchScope(sites, 'Trung ương', 'gia lai')).toEqual({ site: undefined, sites });
  });

  test('the page reads the sites back from its data attribute, checking them again', () => {
    expect(readPortalSites(JSON.stringify(sites))).toEqual(sites);
    expect(readPortalSites(undefined)).toEqual([]);
    expect(() => readPortalSites('[{"name":"X","url":"javascript:alert(1)"}]')).toThrow(
      /must start with https/,
    );
    expect(() => readPortalSites('{')).toThrow(/not JSON/);
  });
});

describe("the portal's Content-Security-Policy", () => {
  const origins = portalOrigins(parsePortalShards(value));

  test('adds the shard origins to connect-src only', () => {
    expect(origins).toEqual(['https://gialai.example.vn', 'http://127.0.0.1:4702']);
    const directives = metaDirectivesFor({ connectOrigins: origins });
    expect(directives).toContain(
      "connect-src 'self' https://gialai.example.vn http://127.0.0.1:4702",
    );
    expect(directives.filter((d) => !d.startsWith('connect-src '))).toEqual(
      metaDirectives.filter((d) => !d.startsWith('connect-src ')),
    );
    expect(headerPolicy({ connectOrigins: origins })).toContain(
      "connect-src 'self' https://gialai.example.vn http://127.0.0.1:4702; worker-src 'self' blob:",
    );
    expect(staticHostHeaders({ connectOrigins: origins })).toContain(
      `  Content-Security-Policy: ${headerPolicy({ connectOrigins: origins })}\n`,
    );
  });

  test('every other build keeps the policy that allows nothing from other origins', () => {
    expect(metaDirectivesFor()).toEqual([...metaDirectives]);
    expect(metaDirectivesFor({ connectOrigins: [] })).toEqual([...metaDirectives]);
    expect(headerPolicy({})).toBe(headerPolicy());
  });

  test('refuses anything that is not an origin', () => {
    for (const bad of [
      '*',
      'https://*.vn',
      'https://a.vn/x',
      "https://a.vn; script-src 'unsafe-inline'",
      'a.vn',
    ]) {
      expect(() => metaDirectivesFor({ connectOrigins: [bad] }), bad).toThrow(/is not an origin/);
    }
  });
});
