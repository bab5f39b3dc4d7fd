import { describe, expect, test } from 'vitest';
import { layoutBarChart } from '../../../src/lib/statistics/barChart';
import {
  awardeesPerForm,
  awardeesPerYear,
  plansPerLevel,
  plansPerProvince,
  plansPerYear,
  unknownYearLabel,
} from '../../../src/lib/statistics/statistics';
import { statisticsCharts } from '../../../src/lib/statistics/statisticsCharts';
import { publishedAwardees } from '../../../src/lib/awards/publishedAwardees';
import { fixtureAwardsModel, withheldName } from '../awardsView/fixtureAwards';

const sum = (data: readonly { value: number }[]): number => data.reduce((n, d) => n + d.value, 0);

describe('bar chart layout', () => {
  const layout = layoutBarChart(
    [
      { label: 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh và thành phố', value: 4 },
      { label: 'B', value: 2 },
      { label: 'C', value: 0 },
    ],
    { width: 600, labelWidth: 200, barHeight: 20, gap: 10, maxLabel: 20 },
  );

  test('the largest value gets the longest bar, others in proportion', () => {
    expect(layout.bars.map((b) => b.width)).toEqual([352, 176, 0]);
  });

  test('rows are stacked with the gap between them', () => {
    expect(layout.bars.map((b) => b.y)).toEqual([10, 40, 70]);
    expect(layout.height).toBe(100);
  });

  test('long labels are cut with an ellipsis', () => {
    expect(layout.bars[0]?.shortLabel).toHaveLength(20);
    expect(layout.bars[0]?.shortLabel.endsWith('…')).toBe(true);
  });

  test('no data gives an empty chart', () => {
    expect(layoutBarChart([]).bars).toEqual([]);
  });
});

describe('statistics of the fixture content', () => {
  const awards = fixtureAwardsModel();
  const planCount = awards.site.documents.filter((d) => d.kind === 'plan').length;

  test.each([
    ['year', plansPerYear],
    ['level', plansPerLevel],
    ['province', plansPerProvince],
  ])('plans per %s add up to every plan', (_name, fn) => {
    expect(sum(fn(awards.site))).toBe(planCount);
  });

  test('years run oldest first with unknown years last', () => {
    const labels = plansPerYear(awards.site).map((d) => d.label);
    const known = labels.filter((l) => l !== unknownYearLabel);
    expect(known).toEqual([...known].sort());
    if (labels.includes(unknownYearLabel)) expect(labels.at(-1)).toBe(unknownYearLabel);
  });

  test('awardees count only published awardees of decided decisions', () => {
    const expected = [...awards.entries.values()].reduce(
      (n, { data }) => n + (data.status === 'decided' ? publishedAwardees(data).length : 0),
      0,
    );
    expect(sum(awardeesPerForm(awards))).toBe(expected);
    expect(sum(awardeesPerYear(awards))).toBe(expected);
  });

  test('every chart has a description that names its numbers and never a withheld awardee', () => {
    const charts = statisticsCharts(awards);
    for (const c of [...charts.plans, ...charts.awards]) {
      expect(c.description.startsWith(c.title)).toBe(true);
      expect(c.description).not.toContain(withheldName);
      expect(c.layout.bars).toHaveLength(c.data.length);
    }
  });
});
