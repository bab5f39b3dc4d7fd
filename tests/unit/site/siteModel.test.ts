import { describe, expect, test } from 'vitest';
import { fixtureModel, ids } from './fixtureContent';
import { homePage } from '../../../src/lib/site/homePage';

const model = fixtureModel();

describe('buildSiteModel over the fixture content', () => {
  test('every fixture file passes the real schemas', () => {
    expect(model.documents).toHaveLength(14);
    expect(model.organizations.size).toBe(16);
  });

  test('documents are listed newest first, unknown dates last', () => {
    const keys = model.documents.map((d) => d.sortKey);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(model.documents.slice(-2).map((d) => d.issued)).toEqual([undefined, undefined]);
  });

  test.each([
    [ids.ct41, 'Chỉ thị 41-CT/TW', 'Bộ Chính trị', 'Trung ương', '26/12/2024'],
    [
      ids.kh42,
      'Kế hoạch 42-KH/ĐU',
      'Ban Thường vụ Đảng ủy phường Quy Nhơn Tây',
      'Cấp xã',
      'Chưa rõ ngày',
    ],
    [
      ids.quyetThang,
      'Kế hoạch (chưa có số)',
      'Ủy ban nhân dân phường Quyết Thắng',
      'Cấp xã',
      'tháng 02/2024',
    ],
    [ids.bacSon, 'Kế hoạch (chưa có số)', 'Ủy ban nhân dân phường Bắc Sơn', 'Cấp xã', 'năm 2025'],
    [
      ids.damRong,
      'Kế hoạch (chưa có số)',
      'Ban Thường vụ Huyện ủy Đam Rông',
      'Cấp huyện (trước 01/7/2025)',
      'Chưa rõ ngày',
    ],
  ])('%s is summarised as %s, %s, %s, %s', (id, name, issuer, level, date) => {
    const s = model.documentById.get(id);
    expect([s?.displayName, s?.issuerName, s?.levelLabel, s?.issuedLabel]).toEqual([
      name,
      issuer,
      level,
      date,
    ]);
  });

  test('a document without a number is told apart by its title in link names', () => {
    expect(model.documentById.get(ids.quyetThang)?.linkLabel).toBe(
      'Kế hoạch (chưa có số): Công tác thi đua, khen thưởng năm 2024',
    );
    expect(model.documentById.get(ids.kh42)?.linkLabel).toBe('Kế hoạch 42-KH/ĐU');
  });
});

describe('homePage', () => {
  test('the latest documents are full texts only, newest first', () => {
    const page = homePage(model, 3);
    expect(page.latest.map((d) => d.id)).toEqual([ids.bacSon, ids.quyetThang, ids.damRong]);
    expect(page.latest.every((d) => d.status === 'full')).toBe(true);
    expect([page.documentCount, page.fullCount, page.organizationCount]).toEqual([14, 4, 16]);
  });
});
