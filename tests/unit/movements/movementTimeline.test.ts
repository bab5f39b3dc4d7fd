import { describe, expect, test } from 'vitest';
import {
  movementTimeline,
  type TimelineDecision,
  type TimelinePlan,
} from '../../../src/lib/movements/movementTimeline';

const plan: TimelinePlan = {
  id: 'ke-hoach-a',
  href: '/van-ban/ke-hoach-a/',
  displayName: 'Kế hoạch 33/KH-UBND',
  issued: '2024-01-08',
  milestones: [
    { kind: 'finalReview', date: '2024-12', text: 'Tổng kết năm' },
    { kind: 'interimReview', date: '2024-06-15', text: 'Sơ kết 6 tháng' },
  ],
};
const undatedPlan: TimelinePlan = {
  id: 'ke-hoach-b',
  href: '/van-ban/ke-hoach-b/',
  displayName: 'Kế hoạch (chưa có số)',
  milestones: [],
};
const decision: TimelineDecision = {
  href: '/khen-thuong/qd-268/',
  displayName: 'Quyết định 268/QĐ-UBND',
  sortDate: '2024-08-15',
};

const events = movementTimeline(
  [plan, undatedPlan],
  [decision, { ...decision, sortDate: undefined }],
);

describe('movementTimeline', () => {
  test('lists dated events oldest first', () => {
    expect(events.map((e) => e.date)).toEqual([
      '2024-01-08',
      '2024-06-15',
      '2024-08-15',
      '2024-12',
    ]);
  });

  test('leaves out plans and decisions without a date', () => {
    expect(events.map((e) => e.linkLabel)).not.toContain('Kế hoạch (chưa có số)');
    expect(events.filter((e) => e.kind === 'decision')).toHaveLength(1);
  });

  test.each([
    [0, 'plan', 'Ban hành kế hoạch', '08/01/2024'],
    [1, 'milestone', 'Sơ kết', '15/06/2024'],
    [2, 'decision', 'Khen thưởng', '15/08/2024'],
    [3, 'milestone', 'Tổng kết', 'tháng 12/2024'],
  ])('event %i is a %s labelled "%s" on %s', (index, kind, kindLabel, dateLabel) => {
    expect(events[index]).toMatchObject({ kind, kindLabel, dateLabel });
  });

  test('milestones link to their plan', () => {
    expect(events[1]).toMatchObject({ href: plan.href, linkLabel: plan.displayName });
  });

  test('on the same day, a plan comes before its milestone and a decision', () => {
    const sameDay = movementTimeline(
      [{ ...plan, milestones: [{ kind: 'reportDue', date: '2024-01-08', text: 'Báo cáo' }] }],
      [{ ...decision, sortDate: '2024-01-08' }],
    );
    expect(sameDay.map((e) => e.kind)).toEqual(['plan', 'milestone', 'decision']);
  });

  test('gives an empty timeline for no plans and no decisions', () => {
    expect(movementTimeline([], [])).toEqual([]);
  });
});
