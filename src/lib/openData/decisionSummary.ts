import { awardeeCountLabel, countByType } from '../awardsView/awardeeCounts';
import { formatPartialDate } from '../dates/partialDate';
import { formatOfficialDay } from '../format/dates';
import { decisionDisplayName } from './buildOpenData';
import type { OpenDataAwardee, OpenDataDecision } from './exportSchema';
import { illustrativeMarker } from './openDataLicence';

/** A day as administrative texts write it (`05/3/2025`); a partial date as `tháng 03/2025`. */
function dayLabel(iso: string): string {
  return iso.length === 10 ? formatOfficialDay(iso) : formatPartialDate(iso);
}

/** "[Dữ liệu minh họa] " for an illustrative decision, nothing otherwise. */
export function illustrativePrefix(decision: Pick<OpenDataDecision, 'illustrative'>): string {
  return decision.illustrative ? `${illustrativeMarker} ` : '';
}

/**
 * What is conferred, form by form in the order of the decision, with the published awardees counted:
 * "tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho 12 cá nhân, 3 tập thể; công nhận danh hiệu
 * “Lao động tiên tiến” cho 5 cá nhân". Empty when no awardee is published.
 */
export function conferredPhrase(awardees: readonly OpenDataAwardee[]): string {
  const groups = new Map<string, OpenDataAwardee[]>();
  for (const a of awardees) {
    const key = `${a.awardForm.id}|${a.class ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()]
    .flatMap((group) => {
      const [first] = group;
      if (first === undefined) return [];
      const { name, group: formGroup } = first.awardForm;
      // "Hạng Ba" → "hạng Ba", as in "Huân chương Lao động hạng Ba".
      const classText =
        first.classLabel === null
          ? ''
          : ` ${first.classLabel.charAt(0).toLocaleLowerCase('vi')}${first.classLabel.slice(1)}`;
      const withClass = `${name}${classText}`;
      const what =
        formGroup === 'emulationTitle'
          ? `công nhận danh hiệu “${withClass.replace(/^danh hiệu\s+/iu, '')}”`
          : `tặng ${withClass}`;
      return [`${what} cho ${awardeeCountLabel(countByType(group))}`];
    })
    .join('; ');
}

/**
 * A one-paragraph Vietnamese summary of a decision for feeds and link previews, counting published
 * awardees only:
 * - decided: "Quyết định số 45/QĐ-UBND ngày 15/9/2025 của Ủy ban nhân dân phường Bắc Sơn tặng Giấy
 *   khen … cho 12 cá nhân, 3 tập thể."
 * - revoked: the same, then "Đã thu hồi theo Quyết định số 60/QĐ-UBND ngày 01/10/2025."
 * - proposed: "Ủy ban nhân dân phường Bắc Sơn công khai danh sách đề nghị tặng … cho 3 cá nhân. Lấy ý
 *   kiến đến ngày 30/11/2026."
 * Prefixed "[Dữ liệu minh họa]" when the decision is illustrative.
 */
export function decisionSummary(decision: OpenDataDecision): string {
  const conferred = conferredPhrase(decision.awardees);
  const prefix = illustrativePrefix(decision);
  if (decision.consultation !== null) {
    const what = conferred === '' ? 'khen thưởng' : conferred;
    return (
      `${prefix}${decision.issuer.name} công khai danh sách đề nghị ${what}. ` +
      `Lấy ý kiến đến ngày ${dayLabel(decision.consultation.closes)}.`
    );
  }
  const when = decision.issued === null ? '' : ` ngày ${dayLabel(decision.issued)}`;
  const what = conferred === '' ? 'về khen thưởng' : conferred;
  const sentence = `${prefix}${decisionDisplayName(decision)}${when} của ${decision.issuer.name} ${what}.`;
  if (decision.revocation === null) return sentence;
  const { decision: revokedBy, date } = decision.revocation;
  return `${sentence} Đã thu hồi theo Quyết định số ${revokedBy} ngày ${dayLabel(date)}.`;
}

/**
 * The headline of a decision in feeds: "Quyết định số 45/QĐ-UBND: Về việc tặng Giấy khen …",
 * "Lấy ý kiến: Về việc đề nghị …", "… (đã thu hồi)"; prefixed "[Dữ liệu minh họa]" when illustrative.
 */
export function decisionHeadline(decision: OpenDataDecision): string {
  const prefix = illustrativePrefix(decision);
  if (decision.status === 'proposed') return `${prefix}Lấy ý kiến: ${decision.title}`;
  const suffix = decision.status === 'revoked' ? ' (đã thu hồi)' : '';
  return `${prefix}${decisionDisplayName(decision)}: ${decision.title}${suffix}`;
}
