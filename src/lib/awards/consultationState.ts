import { formatPartialDate } from '../dates/partialDate';
import type { HolidayCalendar } from './holidayCalendar';
import { defaultHolidayCalendar } from './loadHolidays';
import { addCalendarDays, workingDaysBetween } from './workingDays';

/** The part of a proposed list's consultation that decides its state (ISO days, YYYY-MM-DD). */
export interface ConsultationWindow {
  /** The day the list was posted for comment. */
  readonly posted: string;
  /** The last day comments are accepted (inclusive). */
  readonly closes: string;
}

/** Where a public consultation stands on a given day. */
export interface ConsultationState {
  /** notStarted: before `posted`; open: from `posted` to the end of `closes`; closed: after. */
  readonly state: 'notStarted' | 'open' | 'closed';
  /**
   * Working days on which a comment can still be sent, today included when it is a working day:
   * open → the working days from today to `closes`; notStarted → those of the whole window; closed → 0.
   */
  readonly workingDaysLeft: number;
  /**
   * For citizens, in Vietnamese: "còn 6 ngày làm việc (hạn cuối 30/11/2026)", "hôm nay là hạn cuối
   * nhận ý kiến (30/11/2026)", "đã hết hạn lấy ý kiến ngày 30/10/2026", "bắt đầu lấy ý kiến từ
   * 16/11/2026, hạn cuối 30/11/2026".
   */
  readonly closesLabel: string;
}

/**
 * The state of a consultation (công khai, lấy ý kiến về danh sách đề nghị khen thưởng) on `todayIso`.
 * Commendation must be "chính xác, công khai, minh bạch" (Luật Thi đua, khen thưởng 06/2022/QH15,
 * Điều 5; seeds 000, 002, 004), so the site tells citizens how long they still have to comment.
 * Working days only matter while the consultation is open or about to open; a closed one needs no
 * holiday list.
 *
 * @param consultation `posted` and `closes`, ISO days, `posted` ≤ `closes`
 * @param todayIso the day of the build (see `buildDate()`), ISO
 * @throws {RangeError} when `closes` is before `posted`; {MissingHolidayYearError} when the window is
 *   open or ahead and a year in it has no holiday list
 */
export function consultationState(
  consultation: ConsultationWindow,
  todayIso: string,
  calendar: HolidayCalendar = defaultHolidayCalendar(),
): ConsultationState {
  const { posted, closes } = consultation;
  if (closes < posted) {
    throw new RangeError(`consultation closes (${closes}) before it is posted (${posted})`);
  }
  const closesText = formatPartialDate(closes);
  if (todayIso > closes) {
    return {
      state: 'closed',
      workingDaysLeft: 0,
      closesLabel: `đã hết hạn lấy ý kiến ngày ${closesText}`,
    };
  }
  if (todayIso < posted) {
    return {
      state: 'notStarted',
      workingDaysLeft: workingDaysBetween(addCalendarDays(posted, -1), closes, calendar),
      closesLabel: `bắt đầu lấy ý kiến từ ${formatPartialDate(posted)}, hạn cuối ${closesText}`,
    };
  }
  const left = workingDaysBetween(addCalendarDays(todayIso, -1), closes, calendar);
  const isLastDay = todayIso === closes || left === 0;
  return {
    state: 'open',
    workingDaysLeft: left,
    closesLabel: isLastDay
      ? `hôm nay là hạn cuối nhận ý kiến (${closesText})`
      : `còn ${String(left)} ngày làm việc (hạn cuối ${closesText})`,
  };
}
