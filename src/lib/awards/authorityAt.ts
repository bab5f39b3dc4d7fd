import type { AwardForm } from '../../schemas/awardForms';
import type { OrganizationLevel } from '../organizations/organizationTerms';

/** One dated authority of an award form (see `authoritySchema` in `src/schemas/awardForms.ts`). */
export type Authority = AwardForm['authorities'][number];

/**
 * The first day a partial ISO date can mean: `2025` → 2025-01-01, `2025-07` → 2025-07-01.
 */
export function firstDayOf(partial: string): string {
  if (partial.length === 4) return `${partial}-01-01`;
  if (partial.length === 7) return `${partial}-01`;
  return partial;
}

/**
 * The last day a partial ISO date can mean: `2025` → 2025-12-31, `2025-06` → 2025-06-30.
 */
export function lastDayOf(partial: string): string {
  if (partial.length === 4) return `${partial}-12-31`;
  if (partial.length === 7) {
    const [year, month] = partial.split('-').map(Number);
    const last = new Date(Date.UTC(year ?? 1970, month ?? 1, 0)).getUTCDate();
    return `${partial}-${String(last).padStart(2, '0')}`;
  }
  return partial;
}

/** Whether a dated authority applies on `dayIso` (YYYY-MM-DD): validFrom ≤ day ≤ validTo. */
export function authorityApplies(authority: Authority, dayIso: string): boolean {
  if (dayIso < firstDayOf(authority.validFrom)) return false;
  return authority.validTo === undefined || dayIso <= lastDayOf(authority.validTo);
}

/**
 * The authorities of an award form that apply on a day. Authority moved on 1 July 2025 when the
 * district level was abolished (Nghị quyết 202/2025/QH15; Nghị định 129/2025/NĐ-CP gave commune
 * chairs the titles that district chairs conferred under Luật Thi đua, khen thưởng 2022, Điều 80
 * khoản 2), so the answer depends on the day.
 *
 * @param form a catalogue row
 * @param dayIso the decision's day, YYYY-MM-DD
 */
export function authoritiesAt(form: Pick<AwardForm, 'authorities'>, dayIso: string): Authority[] {
  return form.authorities.filter((authority) => authorityApplies(authority, dayIso));
}

/**
 * Whether an issuer at `level` may confer the form on `dayIso`, judged by level only: the catalogue
 * names offices ("Chủ tịch Ủy ban nhân dân cấp xã") and organizations carry only their level and
 * branch, so a provincial department issuing a form reserved to the provincial chair is not caught.
 */
export function levelMayConfer(
  form: Pick<AwardForm, 'authorities'>,
  level: OrganizationLevel,
  dayIso: string,
): boolean {
  return authoritiesAt(form, dayIso).some((authority) => authority.level === level);
}
