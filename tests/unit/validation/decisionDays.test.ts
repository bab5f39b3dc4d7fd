import { describe, expect, test } from 'vitest';
import { validate } from './sources';

/** An award decision file whose `issued` is `issued`. */
const decision = (issued: string) => ({
  collection: 'awardDecisions' as const,
  id: 'quyet-dinh-5-qd-ubnd-chu-tich-uy-ban-nhan-dan-phuong-bac-son',
  file: 'content/award-decisions/quyet-dinh-5-qd-ubnd-chu-tich-uy-ban-nhan-dan-phuong-bac-son.json',
  text: JSON.stringify({
    status: 'decided',
    number: '5/QĐ-UBND',
    issuer: 'chu-tich-uy-ban-nhan-dan-phuong-bac-son',
    issued,
    title: 'Về việc tặng Giấy khen',
    commendationType: 'merit',
    awardees: [
      {
        type: 'collective',
        name: 'Tổ dân phố số 4',
        awardForm: 'giay-khen-cua-chu-tich-uy-ban-nhan-dan-cap-xa',
        achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.',
      },
    ],
  }),
});

const issuedProblems = (issued: string) =>
  validate([decision(issued)])
    .problems.filter((p) => p.field === 'issued')
    .map((p) => p.message);

describe("an award decision's issue day is reported once per mistake", () => {
  test('a day that does not exist: only that it does not exist', () => {
    expect(issuedProblems('2026-02-30')).toEqual([
      'issued (Ngày ban hành): 2026-02-30 is not a real day of the calendar.',
    ]);
  });

  test('a month without the day: that the whole day is needed', () => {
    expect(issuedProblems('2026-02')).toEqual([
      'issued (Ngày ban hành): must be a full day YYYY-MM-DD; got "2026-02".',
    ]);
  });
});
