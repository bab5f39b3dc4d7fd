/**
 * The award fixture (tests/fixtures/content-basic/award-forms, award-decisions) read through the real
 * schemas, as the Astro glob loader would, and the awards model built from it on a fixed day with the
 * fixture's own holiday list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { awardDecisionSchema } from '../../../src/schemas/awardDecisions';
import { awardFormSchema } from '../../../src/schemas/awardForms';
import { consultationState } from '../../../src/lib/awards/consultationState';
import { createHolidayCalendar } from '../../../src/lib/awards/holidayCalendar';
import { readHolidayYears } from '../../../src/lib/awards/loadHolidays';
import {
  buildAwardsModel,
  type AwardDecisionEntryInput,
  type AwardFormEntryInput,
  type AwardsModel,
} from '../../../src/lib/awardsView/awardsModel';
import { fixtureDir, fixtureModel } from '../site/fixtureContent';

function json(folder: string): { id: string; value: unknown }[] {
  return readdirSync(join(fixtureDir, folder))
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.json$/, ''),
      value: JSON.parse(readFileSync(join(fixtureDir, folder, f), 'utf8')) as unknown,
    }));
}

export function fixtureForms(): AwardFormEntryInput[] {
  return json('award-forms').map(({ id, value }) => ({ id, data: awardFormSchema.parse(value) }));
}

export function fixtureDecisions(): AwardDecisionEntryInput[] {
  return json('award-decisions').map(({ id, value }) => ({
    id,
    data: awardDecisionSchema.parse(value),
  }));
}

const calendar = createHolidayCalendar(readHolidayYears(join(fixtureDir, 'holidays')));

/** The awards model of the fixture as built on `today` (a Saturday, 21/11/2026, by default). */
export function fixtureAwardsModel(today = '2026-11-21'): AwardsModel {
  return buildAwardsModel(fixtureForms(), fixtureDecisions(), fixtureModel(), {
    today,
    consultationState: (consultation, day) => consultationState(consultation, day, calendar),
  });
}

/** Ids the tests talk about. */
export const awardIds = {
  /** Decided, UBND phường Quyết Thắng, 20/12/2024: 4 published awardees and one withheld. */
  qd120: 'quyet-dinh-120-qd-ubnd-uy-ban-nhan-dan-phuong-quyet-thang-2024-12-20',
  /** Decided, UBND phường Bắc Sơn, 15/09/2025: a collective and two households. */
  qd45: 'quyet-dinh-45-qd-ubnd-uy-ban-nhan-dan-phuong-bac-son-2025-09-15',
  /** Revoked, UBND thị xã Bắc Sơn, 10/03/2025. */
  qd210: 'quyet-dinh-210-qd-ubnd-uy-ban-nhan-dan-thi-xa-bac-son-2025-03-10',
  /** Decided, Thủ tướng Chính phủ, 25/08/2025: Bằng khen to a collective and a person. */
  qd1520: 'quyet-dinh-1520-qd-ttg-thu-tuong-chinh-phu-2025-08-25',
  /** Proposed, consultation 16/11/2026 – 30/11/2026. */
  proposedOpen: 'quyet-dinh-uy-ban-nhan-dan-phuong-bac-son-ve-viec-tang-giay-khen-cho-tap-the',
  /** Proposed, consultation 01/10/2026 – 15/10/2026. */
  proposedClosed:
    'quyet-dinh-uy-ban-nhan-dan-phuong-quyet-thang-ve-viec-tang-danh-hieu-gia-dinh-van',
} as const;

/** The awardee of qd120 marked `published: false`. */
export const withheldName = 'Phạm Quang Vĩnh';
