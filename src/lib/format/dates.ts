import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { datePrecision, formatPartialDate, type PartialDate } from '../dates/partialDate';

/** What a page shows when a document's issue date is not known. */
export const unknownDateLabel = 'Chưa rõ ngày';

/**
 * An issue date for display: `26/12/2024`, `tháng 02/2024`, `năm 2025`, or "Chưa rõ ngày" when unknown.
 */
export function formatIssued(issued: PartialDate | undefined): string {
  return issued === undefined ? unknownDateLabel : formatPartialDate(issued);
}

/**
 * A day written the way Vietnamese administrative texts write it (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * days below 10 and the months 1 and 2 get a leading zero, other months do not: `01/7/2025`,
 * `28/02/2025`, `26/12/2024`.
 */
export function formatOfficialDay(isoDay: string): string {
  const [year = '', month = '', day = ''] = isoDay.split('-');
  const m = Number(month);
  return `${day}/${m <= 2 ? month : String(m)}/${year}`;
}

/**
 * A sortable key for an issue date: `2025-12-05`, `2024-02-00`, `2025-00-00`; unknown dates get
 * `0000-00-00` so that they come last when sorting newest first.
 */
export function issuedSortKey(issued: PartialDate | undefined): string {
  if (issued === undefined) return '0000-00-00';
  const [year = '0000', month = '00', day = '00'] = issued.split('-');
  return `${year}-${month}-${day}`;
}

/** Organization validity input: the two partial dates of an organization entry. */
export interface Validity {
  readonly validFrom?: PartialDate | undefined;
  readonly validTo?: PartialDate | undefined;
}

/**
 * The validity of an organization in words: "Hết hoạt động từ 01/7/2025" when `validTo` is a day (the
 * day after the last day it existed), "Hoạt động đến năm 2025" for a partial `validTo`, "Hoạt động từ
 * 01/7/2025" for a body created on that day; both joined when both are known. Null when neither is.
 */
export function formatValidity({ validFrom, validTo }: Validity): string | null {
  const parts: string[] = [];
  if (validFrom !== undefined) {
    parts.push(
      datePrecision(validFrom) === 'day'
        ? `Hoạt động từ ${formatOfficialDay(validFrom)}`
        : `Hoạt động từ ${formatPartialDate(validFrom)}`,
    );
  }
  if (validTo !== undefined) {
    if (datePrecision(validTo) === 'day') {
      const next = format(addDays(parseISO(validTo), 1), 'yyyy-MM-dd');
      parts.push(`${parts.length > 0 ? 'hết' : 'Hết'} hoạt động từ ${formatOfficialDay(next)}`);
    } else {
      parts.push(`${parts.length > 0 ? 'đến' : 'Hoạt động đến'} ${formatPartialDate(validTo)}`);
    }
  }
  return parts.length === 0 ? null : parts.join(', ');
}

/**
 * Whether an organization had ceased to exist by `today` (an ISO day), judged from `validTo`.
 * A partial `validTo` counts as ended once the whole period is over.
 */
export function hasEnded(validTo: PartialDate | undefined, today: string): boolean {
  if (validTo === undefined) return false;
  const precision = datePrecision(validTo);
  const lastDay =
    precision === 'day' ? validTo : precision === 'month' ? `${validTo}-31` : `${validTo}-12-31`;
  return lastDay < today;
}
