import { z } from 'astro/zod';
import { partialDateProblem } from '../lib/dates/partialDate';

/**
 * The officially announced days off of one year, for counting working days (ngày làm việc): the public
 * holidays of Bộ luật Lao động 2019 art. 112 as the Government announces them each year — 5 days of
 * Tết Âm lịch, 2 days for Quốc khánh (2/9 and the day before or after), substitute days when a holiday
 * falls on a weekend (art. 112 khoản 3), and bridge days swapped with a working Saturday.
 *
 * File: `content/holidays/<year>.json`. This is data an editor updates once a year, when the Ministry
 * of Home Affairs (Bộ Nội vụ; before 3/2025 Bộ Lao động - Thương binh và Xã hội) announces the schedule
 * for civil servants, usually in October or November of the year before.
 */

/** A calendar day, ISO 8601 (YYYY-MM-DD). */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a full day YYYY-MM-DD, e.g. 2026-02-16' })
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Why a day is off. */
export const holidayKinds = ['publicHoliday', 'tet', 'substitute', 'bridge'] as const;

const dayOffSchema = z.object({
  /** The day off (YYYY-MM-DD). */
  date: isoDay.describe('Ngày nghỉ (YYYY-MM-DD)'),
  /** Its name as announced: "Tết Âm lịch (29 tháng Chạp)", "Quốc khánh (ngày liền kề)". */
  name: z.string().trim().min(3).describe('Tên ngày nghỉ'),
  /**
   * publicHoliday: a holiday of art. 112 khoản 1; tet: one of the 5 Tết days; substitute: nghỉ bù for a
   * holiday on a weekend (khoản 3); bridge: a working day swapped with a working Saturday (hoán đổi).
   */
  kind: z.enum(holidayKinds).describe('Loại: publicHoliday, tet, substitute, bridge'),
  /** The announcement: "Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ". */
  source: z.string().trim().min(5).describe('Văn bản thông báo'),
  /** False when the day was read from a press report, not from the announcement itself. */
  verified: z.boolean().describe('Đã đối chiếu với văn bản thông báo chính thức chưa'),
});

const workingWeekendSchema = z.object({
  /** A Saturday or Sunday worked in exchange for a bridge day (ngày làm bù). */
  date: isoDay.describe('Ngày làm bù (YYYY-MM-DD)'),
  /** The bridge day it pays for. */
  replaces: isoDay.describe('Ngày được nghỉ đổi lại'),
  source: z.string().trim().min(5).describe('Văn bản thông báo'),
  verified: z.boolean().describe('Đã đối chiếu với văn bản thông báo chính thức chưa'),
});

const pendingDaySchema = z.object({
  date: isoDay.describe('Ngày (YYYY-MM-DD)'),
  name: z.string().trim().min(3).describe('Tên'),
  /** Why it is not counted yet, and what would make it count. */
  note: z.string().trim().min(10).describe('Vì sao chưa tính là ngày nghỉ'),
  source: z.string().trim().min(5).describe('Nguồn'),
});

/** One year of announced days off (`content/holidays/<year>.json`). */
export const holidayYearSchema = z
  .object({
    /** The calendar year; must match the file name. */
    year: z.number().int().min(2000).max(2100).describe('Năm'),
    /** Days off beyond Saturdays and Sundays. */
    days: z.array(dayOffSchema).min(1).describe('Ngày nghỉ lễ, Tết, nghỉ bù, hoán đổi'),
    /** Weekend days that are working days (làm bù). */
    workingWeekends: z.array(workingWeekendSchema).default([]).describe('Ngày làm bù'),
    /**
     * Days announced as intended days off but not in force when this file was written (e.g. "Ngày Văn
     * hóa Việt Nam" 24/11, chosen by Nghị quyết 80-NQ/TW pending an amendment of the Labour Code).
     * They are NOT counted as days off; move one into `days` once it is in force.
     */
    pending: z.array(pendingDaySchema).default([]).describe('Ngày dự kiến, chưa tính'),
  })
  .superRefine((value, ctx) => {
    const check = (date: string, path: (string | number)[]): void => {
      if (!date.startsWith(`${String(value.year)}-`)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${date} is not in ${String(value.year)}; each file holds one year`,
        });
      }
    };
    value.days.forEach((day, index) => {
      check(day.date, ['days', index, 'date']);
    });
    value.workingWeekends.forEach((day, index) => {
      check(day.date, ['workingWeekends', index, 'date']);
      const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6) {
        ctx.addIssue({
          code: 'custom',
          path: ['workingWeekends', index, 'date'],
          message: `${day.date} is not a Saturday or Sunday; only weekend days can be working days in exchange`,
        });
      }
    });
  });

export type HolidayYear = z.output<typeof holidayYearSchema>;
export type HolidayYearInput = z.input<typeof holidayYearSchema>;
export type DayOff = z.output<typeof dayOffSchema>;
