import { describe, expect, test } from 'vitest';
import { fixtureAwardsModel } from './fixtureAwards';
import { formCounts } from '../../../src/lib/awardsView/formCounts';

const counts = formCounts(fixtureAwardsModel());
const byId = new Map(counts.map((c) => [c.form.id, c]));

describe('counts per award form', () => {
  test('leave out forms no decision confers, keep catalogue order', () => {
    expect(counts.map((c) => c.form.id)).toEqual([
      'bang-khen-cua-thu-tuong-chinh-phu',
      'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
      'chien-si-thi-dua-co-so',
      'gia-dinh-van-hoa',
      'lao-dong-tien-tien',
    ]);
  });

  test.each([
    // Giấy khen: QĐ 120 (3 published of 4: one withheld) + QĐ 45 (1); proposed list (2).
    [
      'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
      {
        decided: { decisions: 2, awardees: 4 },
        proposed: { decisions: 1, awardees: 2 },
        revoked: { decisions: 0, awardees: 0 },
      },
    ],
    [
      'chien-si-thi-dua-co-so',
      {
        decided: { decisions: 0, awardees: 0 },
        proposed: { decisions: 0, awardees: 0 },
        revoked: { decisions: 1, awardees: 1 },
      },
    ],
    [
      'gia-dinh-van-hoa',
      {
        decided: { decisions: 1, awardees: 2 },
        proposed: { decisions: 1, awardees: 1 },
        revoked: { decisions: 0, awardees: 0 },
      },
    ],
  ])('%s, by status, published awardees only', (id, expected) => {
    expect(byId.get(id)?.byStatus).toEqual(expected);
  });

  test('the total adds every status', () => {
    expect(byId.get('giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa')?.totalAwardees).toBe(6);
  });
});
