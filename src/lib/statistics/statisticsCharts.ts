import type { AwardsModel } from '../awardsView/awardsModel';
import { layoutBarChart, type BarChartLayout, type BarDatum } from './barChart';
import {
  awardeesPerForm,
  awardeesPerYear,
  plansPerLevel,
  plansPerProvince,
  plansPerYear,
} from './statistics';

/** A chart of the statistics page, with its texts and layout. */
export interface StatisticsChart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly labelHeader: string;
  readonly valueHeader: string;
  readonly data: readonly BarDatum[];
  readonly layout: BarChartLayout;
}

function describe(title: string, data: readonly BarDatum[], unit: string): string {
  if (data.length === 0) return `${title}: chưa có số liệu.`;
  const parts = data.map((d) => `${d.label}: ${String(d.value)} ${unit}`);
  return `${title}. ${parts.join('; ')}.`;
}

function chart(
  id: string,
  title: string,
  labelHeader: string,
  valueHeader: string,
  unit: string,
  data: BarDatum[],
): StatisticsChart {
  return {
    id,
    title,
    description: describe(title, data, unit),
    labelHeader,
    valueHeader,
    data,
    layout: layoutBarChart(data),
  };
}

/** The charts of `/thong-ke/`: plans per year, level, province; awardees per award form and year. */
export function statisticsCharts(awards: AwardsModel): {
  plans: StatisticsChart[];
  awards: StatisticsChart[];
} {
  const site = awards.site;
  return {
    plans: [
      chart(
        'kh-nam',
        'Kế hoạch theo năm ban hành',
        'Năm',
        'Số kế hoạch',
        'kế hoạch',
        plansPerYear(site),
      ),
      chart(
        'kh-cap',
        'Kế hoạch theo cấp ban hành',
        'Cấp',
        'Số kế hoạch',
        'kế hoạch',
        plansPerLevel(site),
      ),
      chart(
        'kh-tinh',
        'Kế hoạch theo tỉnh, thành phố',
        'Tỉnh, thành phố',
        'Số kế hoạch',
        'kế hoạch',
        plansPerProvince(site),
      ),
    ],
    awards: [
      chart(
        'kt-hinh-thuc',
        'Số lượt được khen theo hình thức khen thưởng',
        'Hình thức',
        'Số lượt được khen',
        'lượt',
        awardeesPerForm(awards),
      ),
      chart(
        'kt-nam',
        'Số lượt được khen theo năm quyết định',
        'Năm',
        'Số lượt được khen',
        'lượt',
        awardeesPerYear(awards),
      ),
    ],
  };
}
