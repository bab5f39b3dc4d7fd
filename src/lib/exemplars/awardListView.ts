import type { AwardsModel } from '../awardsView/awardsModel';
import { awardeeRows } from '../awardsView/awardeeTable';

/** One awardee line of an award list in a story; every text formatted. */
export interface AwardListItem {
  readonly name: string;
  /** "Cá nhân", "Tập thể", "Hộ gia đình". */
  readonly typeLabel: string;
  /** Position and unit, or "thôn, xã" for a household, joined: "Giáo viên, Trường Mầm non …". */
  readonly detail?: string | undefined;
  /** "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", with the class when there is one. */
  readonly award: string;
  readonly achievement: string;
}

/** What `<AwardList decision="…" />` shows. */
export interface AwardListView {
  /** The heading of the list: the editor's title, or "Danh sách khen thưởng: Quyết định 120/QĐ-UBND". */
  readonly title: string;
  /** "Quyết định 120/QĐ-UBND ngày 20/12/2024 của Ủy ban nhân dân phường Quyết Thắng". */
  readonly decisionLabel: string;
  /** The decision's page, `/khen-thuong/<id>/`. */
  readonly href: string;
  /** A note for a proposed list or a revoked decision; none for a decision in force. */
  readonly note?: string | undefined;
  /** Published awardees only (`publishedAwardees`): a withheld one appears nowhere. */
  readonly items: readonly AwardListItem[];
}

/**
 * The list of awardees an `<AwardList>` in a story shows, from the awards model.
 *
 * @param id the award decision's id, as the editor wrote it in `decision="…"`
 * @param title the editor's own title, if any
 * @throws {Error} when no decision has that id (the validation pass reports it before a build)
 */
export function awardListView(model: AwardsModel, id: string, title?: string): AwardListView {
  const summary = model.decisionById.get(id);
  const entry = model.entries.get(id);
  if (summary === undefined || entry === undefined) {
    throw new Error(
      `<AwardList decision="${id}" />: no award decision "${id}" in content/award-decisions/; correct the id (npm run check:content lists the nearest ids).`,
    );
  }
  const decisionLabel =
    `${summary.displayName} ${summary.status === 'proposed' ? '' : `ngày ${summary.dateLabel} `}của ${summary.issuerName}`.replace(
      /\s+/g,
      ' ',
    );
  const note =
    summary.status === 'proposed'
      ? 'Đây là danh sách dự kiến đang lấy ý kiến Nhân dân, chưa phải quyết định khen thưởng.'
      : summary.status === 'revoked'
        ? 'Quyết định này đã bị thu hồi.'
        : undefined;
  const items = awardeeRows(entry.data, model.formById).map((row): AwardListItem => ({
    name: row.name,
    typeLabel: row.typeLabel,
    detail:
      [row.position, row.unit].filter((part) => part !== undefined && part !== '').join(', ') ||
      undefined,
    award: row.classLabel === undefined ? row.formName : `${row.formName} ${row.classLabel}`,
    achievement: row.achievement,
  }));
  return {
    title: title?.trim() || `Danh sách khen thưởng: ${summary.displayName}`,
    decisionLabel,
    href: summary.href,
    note,
    items,
  };
}
