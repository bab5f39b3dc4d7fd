import { describe, expect, test } from 'vitest';
import {
  buildCascade,
  cascadeRowLimit,
  cascades,
  expectedLevelState,
} from '../../../src/lib/cascade/cascade';
import { implementationLag, lagLabel } from '../../../src/lib/cascade/implementationLag';
import { fixtureModel, ids } from '../site/fixtureContent';

describe('implementationLag counts calendar days between full dates', () => {
  test.each([
    ['2024-12-26', '2025-02-28', 64],
    ['2024-12-26', '2024-12-26', 0],
    ['2025-03-01', '2025-02-27', -2],
    ['2024-02-28', '2024-03-01', 2],
  ])('from %s to %s: %i days', (from, to, days) => {
    expect(implementationLag(from, to)).toBe(days);
  });

  test.each([
    ['2024-12-26', '2025-02'],
    ['2024', '2025-02-28'],
    [undefined, '2025-02-28'],
    ['2024-12-26', undefined],
  ])('from %s to %s: not enough data', (from, to) => {
    expect(implementationLag(from, to)).toBeNull();
  });
});

test.each([
  [64, 'sau 64 ngày'],
  [0, 'cùng ngày'],
  [-2, 'trước 2 ngày'],
  [null, 'chưa đủ dữ liệu ngày'],
])('a lag of %s reads "%s"', (days, label) => {
  expect(lagLabel(days)).toBe(label);
});

describe('expected levels', () => {
  test.each([
    ['central', { level: 'central', issued: '2024-12-26' }, 'origin'],
    ['province', { level: 'central', issued: '2024-12-26' }, 'expected'],
    ['district', { level: 'central', issued: '2024-12-26' }, 'expected'],
    ['district', { level: 'central', issued: '2025-07-01' }, 'notApplicable'],
    ['central', { level: 'province', issued: '2025-02-28' }, 'above'],
    ['commune', { level: undefined, issued: undefined }, 'expected'],
  ] as const)('%s for a directive %o is %s', (level, directive, state) => {
    expect(expectedLevelState(level, directive)).toBe(state);
  });
});

describe('the cascade of Chỉ thị 41-CT/TW in the fixture', () => {
  const model = fixtureModel();
  const cascade = buildCascade(model, ids.ct41);

  test('reaches the province with the lag from 26/12/2024', () => {
    const province = cascade?.rows.find((r) => r.level === 'province');
    const kh152 = province?.implementers.find((i) => i.document.id === ids.kh152);
    expect(kh152?.lagDays).toBe(64);
  });

  test('lists every document below it once', () => {
    const all = cascade?.rows.flatMap((r) => r.implementers.map((i) => i.document.id)) ?? [];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(ids.damRong);
  });

  test('an unimplemented directive shows every lower level as missing', () => {
    const ct34 = buildCascade(model, ids.ct34);
    expect(ct34?.implementerCount).toBe(0);
    expect(ct34?.missingLevels).toEqual(['Cấp tỉnh', 'Cấp huyện (trước 01/7/2025)', 'Cấp xã']);
  });

  test('every directing document has a cascade', () => {
    const directing = model.documents.filter((d) =>
      ['directive', 'resolution', 'conclusion'].includes(d.kind),
    );
    expect(cascades(model)).toHaveLength(directing.length);
  });
});

test('each level lists at most the row limit and counts the documents it leaves out', () => {
  for (const cascade of cascades(fixtureModel())) {
    let listed = 0;
    for (const row of cascade.rows) {
      expect(row.implementers.length).toBeLessThanOrEqual(cascadeRowLimit);
      listed += row.implementers.length + row.hiddenCount;
    }
    expect(listed).toBe(cascade.implementerCount);
  }
});
