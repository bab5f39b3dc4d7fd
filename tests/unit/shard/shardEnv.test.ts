import { describe, expect, test } from 'vitest';
import { shardRequestFromEnv } from '../../../src/lib/shard/shardEnv';
import { baseSiteName, siteNameFor } from '../../../src/lib/shard/siteName';

describe('the shard flags', () => {
  test('no SHARD_PROVINCES and no SHARD_ORGANIZATIONS (or blank ones) is a whole-site build', () => {
    expect(shardRequestFromEnv({})).toBeNull();
    expect(shardRequestFromEnv({ SHARD_PROVINCES: ' ', SHARD_NAME: 'Gia Lai' })).toBeNull();
  });

  test('provinces are read as slugs, also when written as in content; repeats are dropped', () => {
    expect(
      shardRequestFromEnv({
        SHARD_PROVINCES: 'gia-lai, Lâm Đồng,gia-lai',
        SHARD_NAME: ' Tây Nguyên ',
      }),
    ).toEqual({
      selector: { provinces: ['gia-lai', 'lam-dong'], organizations: [] },
      name: 'Tây Nguyên',
    });
    expect(shardRequestFromEnv({ SHARD_ORGANIZATIONS: 'tinh-uy-gia-lai' })).toEqual({
      selector: { provinces: [], organizations: ['tinh-uy-gia-lai'] },
    });
  });

  test('a bad list says which variable and shows a correct value', () => {
    expect(() => shardRequestFromEnv({ SHARD_PROVINCES: 'gia-lai,,lam-dong' })).toThrow(
      'SHARD_PROVINCES="gia-lai,,lam-dong" has an empty item; separate values with single commas, e.g. SHARD_PROVINCES=gia-lai,lam-dong.',
    );
    expect(() => shardRequestFromEnv({ SHARD_PROVINCES: '---' })).toThrow(
      /SHARD_PROVINCES: "---" is not a province/,
    );
    expect(() => shardRequestFromEnv({ SHARD_ORGANIZATIONS: 'Tỉnh ủy Gia Lai' })).toThrow(
      /SHARD_ORGANIZATIONS: "Tỉnh ủy Gia Lai" is not an organization id/,
    );
  });
});

describe('the site name', () => {
  test('is the project name, followed by the shard name when there is one', () => {
    expect(siteNameFor({})).toBe(baseSiteName);
    expect(siteNameFor({ SHARD_NAME: '' })).toBe('Công khai Thi đua - Khen thưởng');
    expect(siteNameFor({ SHARD_NAME: 'Gia Lai' })).toBe(
      'Công khai Thi đua - Khen thưởng · Gia Lai',
    );
    // NFD input (typed on some keyboards) is shown in NFC.
    expect(siteNameFor({ SHARD_NAME: 'Lâm Đồng'.normalize('NFD') })).toBe(
      `${baseSiteName} · Lâm Đồng`,
    );
  });

  test('refuses a control character or an over-long name', () => {
    expect(() => siteNameFor({ SHARD_NAME: 'Gia\nLai' })).toThrow(/SHARD_NAME=/);
    expect(() => siteNameFor({ SHARD_NAME: 'x'.repeat(81) })).toThrow(/at most 80 characters/);
  });
});
