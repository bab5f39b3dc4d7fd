import { describe, expect, test } from 'vitest';
import { openDataLookups, toOpenDataDecision } from '../../../src/lib/openData/buildOpenData';
import { decisionJsonLd, serializeJsonLd } from '../../../src/lib/openData/decisionJsonLd';
import {
  decisionInput,
  fixtureDecision,
  fixtureSources,
  ids,
  parseDecision,
  site,
  withheldName,
} from './openDataFixture';

describe('decisionJsonLd describes a decision as schema.org Legislation', () => {
  test('with its number, date, issuer and legal force', () => {
    expect(decisionJsonLd(fixtureDecision(ids.decided))).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': `${site}khen-thuong/${ids.decided}/`,
      legislationIdentifier: '45/QĐ-UBND',
      legislationDate: '2025-09-15',
      legislationType: 'Quyết định khen thưởng',
      legislationPassedBy: {
        '@type': 'GovernmentOrganization',
        name: 'Chủ tịch Ủy ban nhân dân phường Bắc Sơn',
      },
      legislationLegalForce: 'https://schema.org/InForce',
      inLanguage: 'vi',
    });
  });

  test('the name says when the decision is sample data', () => {
    expect(decisionJsonLd(fixtureDecision(ids.decided))['name']).toMatch(
      /^\[Dữ liệu minh họa\] Quyết định số 45\/QĐ-UBND: /,
    );
  });

  test('the published awardees are what it is about, each with the award; the withheld one is not', () => {
    const jsonLd = decisionJsonLd(fixtureDecision(ids.decided));
    expect(jsonLd['about']).toEqual([
      {
        '@type': 'Person',
        name: 'Nguyễn Thị Hồng Nhung',
        jobTitle: 'Công chức Văn phòng - Thống kê',
        affiliation: { '@type': 'Organization', name: 'Ủy ban nhân dân phường Bắc Sơn' },
        award: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
      },
      {
        '@type': 'Person',
        name: 'Phạm Văn Đức',
        affiliation: { '@type': 'Organization', name: 'Khu phố Đông Sơn' },
        award: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
      },
      {
        '@type': 'Organization',
        name: 'Chi bộ Khu phố Tân Lập',
        award: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
      },
      {
        '@type': 'Person',
        name: 'Lê Văn Toàn',
        description: 'Chủ hộ gia đình',
        award: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
      },
    ]);
    expect(serializeJsonLd(jsonLd)).not.toContain(withheldName);
  });

  test.each([
    [ids.revoked, 'https://schema.org/NotInForce', 'Published'],
    [ids.proposed, undefined, 'Draft'],
  ])('%s: legal force %s, status %s', (id, force, status) => {
    const jsonLd = decisionJsonLd(fixtureDecision(id));
    expect(jsonLd['legislationLegalForce']).toBe(force);
    expect(jsonLd['creativeWorkStatus']).toBe(status);
  });
});

describe('serializeJsonLd cannot break out of its script element', () => {
  const hostile = {
    ...decisionInput(ids.decided),
    title: 'Về việc khen thưởng </script><script>alert(1)</script> <!-- và -->',
  };
  const decision = toOpenDataDecision(
    parseDecision(ids.decided, hostile),
    openDataLookups(fixtureSources()),
    site,
  );
  const jsonLd = decisionJsonLd(decision);
  const text = serializeJsonLd(jsonLd);

  test('no "<" is left in the text', () => {
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
  });

  test('the JSON reads back to the same object', () => {
    expect(JSON.parse(text)).toEqual(jsonLd);
  });
});
