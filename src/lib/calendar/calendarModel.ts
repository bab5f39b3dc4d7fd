import type { Milestone } from '../../schemas/documents';
import { isFullDocument } from '../../schemas/documents';
import { datePrecision, formatPartialDate } from '../dates/partialDate';
import { milestoneKindLabel, type MilestoneKind } from '../format/labels';
import { sortVietnamese } from '../text/vietnameseCollator';
import type { SiteModel } from '../site/siteModel';
import { documentHref } from '../site/urls';
import { milestoneDay, monthLabel } from './milestoneDay';

/** One milestone of one plan, everything formatted for the calendar page and the feeds. */
export interface CalendarItem {
  /** Stable identifier: plan id, kind, date and section (with a counter for repeats). */
  readonly uid: string;
  readonly kind: MilestoneKind;
  /** "Sơ kết", "Tổng kết", "Hạn báo cáo", "Hạn hoàn thành". */
  readonly kindLabel: string;
  /** The date as the content gives it (partial ISO). */
  readonly date: string;
  /** The day the milestone is placed on ({@link milestoneDay}). */
  readonly day: string;
  /** Whether the date names a day (false for a month or a year only). */
  readonly fullDay: boolean;
  /** "15/05/2024", or for a partial date "tháng 05/2024", followed by the period when the text gives one. */
  readonly dateLabel: string;
  readonly period?: string | undefined;
  /** The responsible organization as the plan writes it, when named. */
  readonly organization?: string | undefined;
  /** The sentence the milestone comes from. */
  readonly text: string;
  readonly documentId: string;
  /** "Kế hoạch 33/KH-UBND" … */
  readonly planLabel: string;
  /** The plan's name and trích yếu. */
  readonly planFullTitle: string;
  readonly planHref: string;
  /** The section of the plan the sentence is in: `/van-ban/<id>/#<section>`. */
  readonly sectionHref: string;
  readonly issuerId: string;
  readonly issuerName: string;
  /** The issuer's province, when known. */
  readonly province?: string | undefined;
}

/** A month of the calendar. */
export interface CalendarMonth {
  /** "2024-05". */
  readonly key: string;
  /** "Tháng 5/2024". */
  readonly label: string;
  readonly items: readonly CalendarItem[];
}

function dateLabel(m: Milestone): string {
  const date = formatPartialDate(m.date);
  return m.period === undefined ? date : `${date} (${m.period})`;
}

/**
 * Every milestone of every full document, sorted by day, then plan, then position in the plan.
 * UIDs are `<plan id>-<kind>-<date>-<section>`, with `-2`, `-3` … when a plan repeats the same
 * milestone in the same section.
 */
export function calendarItems(model: SiteModel): CalendarItem[] {
  const items: CalendarItem[] = [];
  for (const [id, entry] of model.entries) {
    if (!isFullDocument(entry.data)) continue;
    const summary = model.documentById.get(id);
    const issuer = model.organizations.get(entry.data.issuer.id);
    const seen = new Map<string, number>();
    for (const m of entry.data.milestones) {
      const base = `${id}-${m.kind}-${m.date}-${m.section}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      items.push({
        uid: n === 1 ? base : `${base}-${String(n)}`,
        kind: m.kind,
        kindLabel: milestoneKindLabel(m.kind),
        date: m.date,
        day: milestoneDay(m.date),
        fullDay: datePrecision(m.date) === 'day',
        dateLabel: dateLabel(m),
        period: m.period,
        organization: m.organization,
        text: m.text,
        documentId: id,
        planLabel: summary?.linkLabel ?? id,
        planFullTitle: summary?.fullTitle ?? entry.data.title,
        planHref: documentHref(id),
        sectionHref: `${documentHref(id)}#${m.section}`,
        issuerId: entry.data.issuer.id,
        issuerName: summary?.issuerName ?? entry.data.issuer.id,
        province: issuer?.data.province,
      });
    }
  }
  return items.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      a.documentId.localeCompare(b.documentId) ||
      a.uid.localeCompare(b.uid),
  );
}

/** The calendar of a whole build: every item once, and the items of each issuing organization. */
export interface CalendarIndex {
  /** {@link calendarItems} of the model, sorted by day. */
  readonly items: readonly CalendarItem[];
  /** Items by issuing organization id, each list in the order of {@link items}. */
  readonly byIssuer: ReadonlyMap<string, readonly CalendarItem[]>;
}

const calendarIndexByModel = new WeakMap<SiteModel, CalendarIndex>();

/**
 * {@link calendarItems} and their grouping by issuer, computed once per site model. The calendar page,
 * the national feed and one feed per issuing organization (thousands at national scale) all read it;
 * computing the items and filtering every milestone of the corpus per feed made the feeds
 * organizations × milestones work.
 */
export function calendarIndex(model: SiteModel): CalendarIndex {
  const known = calendarIndexByModel.get(model);
  if (known !== undefined) return known;
  const items = calendarItems(model);
  const byIssuer = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const list = byIssuer.get(item.issuerId);
    if (list === undefined) byIssuer.set(item.issuerId, [item]);
    else list.push(item);
  }
  const index = { items, byIssuer };
  calendarIndexByModel.set(model, index);
  return index;
}

/** Groups items (already sorted) by the month of their day, in the order given. */
export function groupByMonth(items: readonly CalendarItem[]): CalendarMonth[] {
  const months = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const key = item.day.slice(0, 7);
    const list = months.get(key);
    if (list) list.push(item);
    else months.set(key, [item]);
  }
  return [...months].map(([key, list]) => ({ key, label: monthLabel(`${key}-01`), items: list }));
}

/**
 * Splits items at `today` (an ISO day): upcoming are due today or later, soonest first; past are
 * before today, most recent first.
 */
export function splitByToday(
  items: readonly CalendarItem[],
  today: string,
): { upcoming: CalendarItem[]; past: CalendarItem[] } {
  return {
    upcoming: items.filter((i) => i.day >= today),
    past: items.filter((i) => i.day < today).reverse(),
  };
}

/** A milestone of the calendar list, marked with its part (upcoming or past). */
export interface CalendarPageEntry {
  readonly past: boolean;
  readonly item: CalendarItem;
}

/**
 * The calendar list as one sequence, for splitting into pages: upcoming milestones (soonest first),
 * then past ones (most recent first), as {@link splitByToday} orders them.
 */
export function calendarPageEntries(
  items: readonly CalendarItem[],
  today: string,
): CalendarPageEntry[] {
  const parts = splitByToday(items, today);
  return [
    ...parts.upcoming.map((item) => ({ past: false, item })),
    ...parts.past.map((item) => ({ past: true, item })),
  ];
}

/** An option of a calendar filter. */
export interface CalendarFilterOption {
  readonly value: string;
  readonly label: string;
}

/** The issuers that have milestones (value = organization id), in Vietnamese order. */
export function issuerFilterOptions(items: readonly CalendarItem[]): CalendarFilterOption[] {
  const byId = new Map(items.map((i) => [i.issuerId, i.issuerName]));
  return sortVietnamese(
    [...byId].map(([value, label]) => ({ value, label })),
    (o) => o.label,
  );
}

/** The provinces of the issuers that have milestones, in Vietnamese order. */
export function provinceFilterOptions(items: readonly CalendarItem[]): CalendarFilterOption[] {
  const names = new Set(items.flatMap((i) => (i.province === undefined ? [] : [i.province])));
  return sortVietnamese([...names], (n) => n).map((n) => ({ value: n, label: n }));
}

/** The issuers that have milestones, for one feed each: id and name. */
export function feedIssuers(items: readonly CalendarItem[]): CalendarFilterOption[] {
  return issuerFilterOptions(items);
}
