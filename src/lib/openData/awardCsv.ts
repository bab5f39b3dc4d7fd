import { stringify } from 'csv-stringify/sync';
import type { OpenDataAwardee, OpenDataDecision } from './exportSchema';

/** One CSV column: its Vietnamese header, the JSON field it mirrors, and how a cell is made. */
export interface AwardCsvColumn {
  /** The header cell, in Vietnamese. */
  readonly header: string;
  /** The JSON field with the same value (its description is the column's), as /du-lieu/ lists it. */
  readonly field: string;
  /** The cell for one awardee of one decision; `''` for an absent value. */
  readonly cell: (decision: OpenDataDecision, awardee: OpenDataAwardee) => string;
}

/** What the "Dữ liệu minh họa" column says. */
export const illustrativeCell = { true: 'Có', false: 'Không' } as const;

/**
 * The columns of every award CSV file, in order. Values are the JSON values (English codes become the
 * Vietnamese labels the JSON also carries); dates are ISO 8601.
 */
export const awardCsvColumns: readonly AwardCsvColumn[] = [
  { header: 'Mã quyết định', field: 'decisions[].id', cell: (d) => d.id },
  { header: 'Số quyết định', field: 'decisions[].number', cell: (d) => d.number ?? '' },
  { header: 'Ngày ban hành', field: 'decisions[].issued', cell: (d) => d.issued ?? '' },
  { header: 'Cơ quan ban hành', field: 'decisions[].issuer.name', cell: (d) => d.issuer.name },
  { header: 'Trạng thái', field: 'decisions[].statusLabel', cell: (d) => d.statusLabel },
  {
    header: 'Loại đối tượng',
    field: 'decisions[].awardees[].typeLabel',
    cell: (_d, a) => a.typeLabel,
  },
  {
    header: 'Họ tên / Tập thể / Chủ hộ',
    field: 'decisions[].awardees[].name',
    cell: (_d, a) => a.name,
  },
  {
    header: 'Chức vụ',
    field: 'decisions[].awardees[].position',
    cell: (_d, a) => a.position ?? '',
  },
  { header: 'Đơn vị', field: 'decisions[].awardees[].unit', cell: (_d, a) => a.unit ?? '' },
  { header: 'Thôn', field: 'decisions[].awardees[].hamlet', cell: (_d, a) => a.hamlet ?? '' },
  { header: 'Xã', field: 'decisions[].awardees[].commune', cell: (_d, a) => a.commune ?? '' },
  {
    header: 'Hình thức khen thưởng',
    field: 'decisions[].awardees[].awardForm.name',
    cell: (_d, a) => a.awardForm.name,
  },
  {
    header: 'Hạng',
    field: 'decisions[].awardees[].classLabel',
    cell: (_d, a) => a.classLabel ?? '',
  },
  {
    header: 'Thành tích',
    field: 'decisions[].awardees[].achievement',
    cell: (_d, a) => a.achievement,
  },
  {
    header: 'Dữ liệu minh họa',
    field: 'decisions[].illustrative',
    cell: (d) => illustrativeCell[String(d.illustrative) as 'true' | 'false'],
  },
  { header: 'Đường dẫn', field: 'decisions[].url', cell: (d) => d.url },
];

/**
 * The rows of an award CSV, header first, then one row per published awardee of each decision in the
 * order given (decisions) and the order of the decision (awardees). The decisions come from
 * `toOpenDataDecision`, which keeps only published awardees.
 */
export function awardCsvRows(decisions: readonly OpenDataDecision[]): string[][] {
  return [
    awardCsvColumns.map((c) => c.header),
    ...decisions.flatMap((d) => d.awardees.map((a) => awardCsvColumns.map((c) => c.cell(d, a)))),
  ];
}

/** The byte order mark that makes Excel read the file as UTF-8 (U+FEFF, bytes EF BB BF). */
export const utf8Bom = '\uFEFF';

/**
 * The CSV text of `awardCsvRows`: RFC 4180 as written by csv-stringify (comma separator, fields
 * quoted when they hold a comma, a double quote or a line break, quotes doubled), CRLF between
 * records, UTF-8 with a byte order mark first so that Excel shows Vietnamese correctly.
 *
 * Cells are written as they are, without the `'` prefix some tools add against spreadsheet formulas:
 * the data must read back exactly, and award text comes from validated content, not from the public.
 */
export function awardCsv(decisions: readonly OpenDataDecision[]): string {
  return stringify(awardCsvRows(decisions), { bom: true, record_delimiter: 'windows' });
}
