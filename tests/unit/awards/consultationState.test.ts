import { describe, expect, test } from 'vitest';
import { buildDate } from '../../../src/lib/awards/buildDate';
import { consultationState } from '../../../src/lib/awards/consultationState';

/** The open sample list: posted Monday 16/11/2026, closing 10 working days later on 30/11/2026. */
const open = { posted: '2026-11-16', closes: '2026-11-30' };

describe('consultation state as of a day', () => {
  test('open on 21/11/2026 (a Saturday): 6 working days left, 23–27/11 and 30/11', () => {
    expect(consultationState(open, '2026-11-21')).toEqual({
      state: 'open',
      workingDaysLeft: 6,
      closesLabel: 'còn 6 ngày làm việc (hạn cuối 30/11/2026)',
    });
  });

  test('open on the day it is posted: the whole period is left, the posting day included', () => {
    expect(consultationState(open, '2026-11-16').workingDaysLeft).toBe(11);
  });

  test('on the closing day: today is the last day', () => {
    expect(consultationState(open, '2026-11-30')).toEqual({
      state: 'open',
      workingDaysLeft: 1,
      closesLabel: 'hôm nay là hạn cuối nhận ý kiến (30/11/2026)',
    });
  });

  test('the day after closing: closed, with the date', () => {
    expect(consultationState(open, '2026-12-01')).toEqual({
      state: 'closed',
      workingDaysLeft: 0,
      closesLabel: 'đã hết hạn lấy ý kiến ngày 30/11/2026',
    });
  });

  test('before posting: not started, counting the working days of the period', () => {
    expect(consultationState(open, '2026-11-10')).toEqual({
      state: 'notStarted',
      workingDaysLeft: 11,
      closesLabel: 'bắt đầu lấy ý kiến từ 16/11/2026, hạn cuối 30/11/2026',
    });
  });

  test('a closed consultation in a year without a holiday list needs no list', () => {
    expect(
      consultationState({ posted: '2023-05-02', closes: '2023-05-16' }, '2026-11-21').state,
    ).toBe('closed');
  });

  test('across Tết, the 9 days off are not counted', () => {
    const tet = { posted: '2026-02-05', closes: '2026-02-27' };
    expect(consultationState(tet, '2026-02-13').workingDaysLeft).toBe(6);
  });

  test('a window that closes before it opens is refused', () => {
    expect(() =>
      consultationState({ posted: '2026-11-16', closes: '2026-11-10' }, '2026-11-21'),
    ).toThrow(RangeError);
  });
});

describe('build date', () => {
  test('BUILD_DATE pins the day', () => {
    expect(buildDate({ BUILD_DATE: '2026-11-21' })).toBe('2026-11-21');
  });

  test('without BUILD_DATE, the current day in Việt Nam (UTC+7)', () => {
    expect(buildDate({}, new Date('2026-11-20T18:30:00Z'))).toBe('2026-11-21');
    expect(buildDate({}, new Date('2026-11-20T16:30:00Z'))).toBe('2026-11-20');
  });

  test.each(['21/11/2026', '2026-02-30', '2026-11'])('BUILD_DATE "%s" is refused', (value) => {
    expect(() => buildDate({ BUILD_DATE: value })).toThrow('BUILD_DATE must be a day YYYY-MM-DD');
  });
});
