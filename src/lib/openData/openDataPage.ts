import { formatOfficialDay } from '../format/dates';
import { formatPartialDate } from '../dates/partialDate';
import { awardFeedItems } from './awardFeed';
import { decisionDisplayName, decisionSortDate, type OpenData } from './buildOpenData';
import {
  awardFormFieldDocs,
  csvColumnDocs,
  decisionFieldDocs,
  omittedFieldDocs,
  type CsvColumnDoc,
  type FieldDoc,
} from './openDataFieldDocs';
import { decisionCsvHref, decisionJsonHref, openDataHrefs } from './openDataUrls';

/** One file offered on /du-lieu/. */
export interface DownloadLink {
  readonly label: string;
  readonly href: string;
  /** "CSV", "JSON", "RSS 2.0" … */
  readonly format: string;
  /** What is in it, with a count where one helps. */
  readonly description: string;
}

/** One decision's own files, for the table on /du-lieu/. */
export interface DecisionDownloadRow {
  readonly id: string;
  /** "Quyết định số 45/QĐ-UBND", "Danh sách đề nghị khen thưởng". */
  readonly name: string;
  readonly title: string;
  readonly pageHref: string;
  /** "15/9/2025", "tháng 03/2026", "Chưa rõ ngày". */
  readonly dateLabel: string;
  readonly statusLabel: string;
  readonly illustrative: boolean;
  readonly awardeeCount: number;
  readonly csvHref: string;
  readonly jsonHref: string;
}

/** Everything /du-lieu/ shows, computed and formatted. */
export interface OpenDataPageModel {
  readonly downloads: readonly DownloadLink[];
  readonly decisions: readonly DecisionDownloadRow[];
  /** True when any decision is illustrative (invented sample data). */
  readonly hasIllustrative: boolean;
  /** The day of the newest feed entry ("15/9/2025"), or null when there is none. */
  readonly newestLabel: string | null;
  readonly csvColumns: readonly CsvColumnDoc[];
  readonly decisionFields: readonly FieldDoc[];
  readonly awardFormFields: readonly FieldDoc[];
  readonly omittedFields: readonly { readonly field: string; readonly reason: string }[];
}

const dateLabel = (iso: string | undefined): string =>
  iso === undefined
    ? 'Chưa rõ ngày'
    : iso.length === 10
      ? formatOfficialDay(iso)
      : formatPartialDate(iso);

/**
 * The model of the open-data page: download links with counts, one row per decision with its own
 * files, and the field documentation generated from the export schemas.
 *
 * @throws UndocumentedFieldError when an exported field has no description
 */
export function openDataPage(data: OpenData): OpenDataPageModel {
  const awardeeTotal = data.decisions.reduce((sum, d) => sum + d.awardees.length, 0);
  const [newest] = awardFeedItems(data.decisions);
  return {
    downloads: [
      {
        label: 'Tất cả người, tập thể, hộ gia đình được khen thưởng',
        href: openDataHrefs.allCsv,
        format: 'CSV',
        description: `Mỗi dòng một đối tượng được công bố của một quyết định; ${awardeeTotal} dòng.`,
      },
      {
        label: 'Tất cả quyết định khen thưởng và danh sách lấy ý kiến',
        href: openDataHrefs.allJson,
        format: 'JSON',
        description: `${data.decisions.length} quyết định, mỗi quyết định kèm danh sách được công bố.`,
      },
      {
        label: 'Lược đồ của tệp JSON quyết định',
        href: openDataHrefs.jsonSchema,
        format: 'JSON Schema 2020-12',
        description: 'Dùng để kiểm tra tệp JSON tải về bằng công cụ tự động.',
      },
      {
        label: 'Danh mục hình thức khen thưởng, danh hiệu thi đua',
        href: openDataHrefs.awardFormsJson,
        format: 'JSON',
        description: `${data.awardForms.length} hình thức, kèm thẩm quyền quyết định theo thời gian.`,
      },
      {
        label: 'Nguồn tin quyết định mới và lấy ý kiến',
        href: openDataHrefs.rss,
        format: 'RSS 2.0',
        description: 'Dùng với trình đọc tin để biết khi có quyết định mới.',
      },
      {
        label: 'Nguồn tin quyết định mới và lấy ý kiến',
        href: openDataHrefs.atom,
        format: 'Atom 1.0',
        description: 'Cùng nội dung với nguồn tin RSS.',
      },
    ],
    decisions: data.decisions.map((d) => ({
      id: d.id,
      name: decisionDisplayName(d),
      title: d.title,
      pageHref: new URL(d.url).pathname,
      dateLabel: dateLabel(decisionSortDate(d)),
      statusLabel: d.statusLabel,
      illustrative: d.illustrative,
      awardeeCount: d.awardees.length,
      csvHref: decisionCsvHref(d.id),
      jsonHref: decisionJsonHref(d.id),
    })),
    hasIllustrative: data.decisions.some((d) => d.illustrative),
    newestLabel: newest === undefined ? null : formatOfficialDay(newest.day),
    csvColumns: csvColumnDocs(),
    decisionFields: decisionFieldDocs(),
    awardFormFields: awardFormFieldDocs(),
    omittedFields: omittedFieldDocs(),
  };
}
