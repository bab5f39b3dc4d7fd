import type { AwardForm } from '../../schemas/awardForms';
import {
  awardClassLabels,
  awardFormGroupLabels,
  awardFormGroups,
  awardeeTypeLabels,
  type AwardFormGroup,
} from '../awards/awardTerms';
import { publishedAwardees } from '../awards/publishedAwardees';
import { formatIssued } from '../format/dates';
import { levelLabel } from '../format/labels';
import type { MetadataRow } from '../site/documentPage';
import type { AwardsModel, AwardFormSummary, DecisionSummary } from './awardsModel';
import { awardeeCountLabel, countByType } from './awardeeCounts';

/** A form in the catalogue list. */
export interface AwardFormListItem extends AwardFormSummary {
  readonly description: string;
  /** "Cá nhân, tập thể". */
  readonly recipientsLabel: string;
  /** "Được trao trong 2 quyết định trên trang" or "Chưa có quyết định nào trên trang". */
  readonly usageLabel: string;
}

/** One group of the catalogue (Huân chương, Bằng khen, Danh hiệu thi đua …). */
export interface AwardFormGroupView {
  readonly group: AwardFormGroup;
  readonly label: string;
  readonly forms: readonly AwardFormListItem[];
}

/** One dated row of who may confer a form. */
export interface AuthorityRow {
  readonly conferredBy: string;
  readonly levelLabel: string;
  /** "Từ 01/01/2024 đến 30/06/2025", "Từ 01/07/2025". */
  readonly periodLabel: string;
  readonly source: string;
  /** In force on the build date. */
  readonly current: boolean;
}

/** A decision that confers the form, with how many published awardees received it there. */
export interface FormDecisionRow {
  readonly decision: DecisionSummary;
  readonly count: number;
  /** "2 cá nhân, 1 tập thể". */
  readonly countLabel: string;
}

/** Everything the page `/hinh-thuc-khen-thuong/<id>/` shows. */
export interface AwardFormPageView {
  readonly id: string;
  readonly name: string;
  readonly groupLabel: string;
  readonly description: string;
  readonly facts: readonly MetadataRow[];
  readonly authorities: readonly AuthorityRow[];
  readonly legalSource: string;
  readonly verified: boolean;
  /** The decisions conferring it, newest first: at most {@link formDecisionsShownLimit}. */
  readonly decisions: readonly FormDecisionRow[];
  /** How many decisions confer it (more than `decisions` holds above the limit). */
  readonly decisionsTotal: number;
  /** "Đã quyết định: 2 cá nhân, 1 tập thể trong 2 quyết định" … one line per status present. */
  readonly totals: readonly string[];
  readonly illustrative: boolean;
  /** The meta description. */
  readonly metaDescription: string;
}

/** "Cá nhân, tập thể, hộ gia đình". */
function recipientsLabel(form: AwardForm): string {
  const labels = form.recipients.map((r) => awardeeTypeLabels[r].toLowerCase());
  const text = labels.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The catalogue grouped as the law lists the forms (orders, medals, … emulation titles, Party awards),
 * each group in Vietnamese dictionary order; empty groups left out.
 */
export function awardFormCatalogue(model: AwardsModel): AwardFormGroupView[] {
  const usage = new Map<string, number>();
  for (const d of model.decisions) {
    for (const id of d.awardFormIds) usage.set(id, (usage.get(id) ?? 0) + 1);
  }
  return awardFormGroups
    .map((group) => ({
      group,
      label: awardFormGroupLabels[group],
      forms: model.forms
        .filter((f) => f.group === group)
        .map((f): AwardFormListItem => {
          const data = model.formEntries.get(f.id)?.data;
          const n = usage.get(f.id) ?? 0;
          return {
            ...f,
            description: data?.description ?? '',
            recipientsLabel: data === undefined ? '' : recipientsLabel(data),
            usageLabel:
              n === 0 ? 'Chưa có quyết định nào trên trang' : `Có trong ${n} quyết định trên trang`,
          };
        }),
    }))
    .filter((g) => g.forms.length > 0);
}

/** First and last day of a partial date: 2025 → 2025-01-01 … 2025-12-31. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
function lastDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** Whether an authority row is in force on `today` (ISO day): from its first day to its last. */
export function authorityIsCurrent(
  authority: { readonly validFrom: string; readonly validTo?: string | undefined },
  today: string,
): boolean {
  return (
    firstDay(authority.validFrom) <= today &&
    (authority.validTo === undefined || today <= lastDay(authority.validTo))
  );
}

/** "Từ 01/01/2024 đến 30/06/2025"; "Từ 01/07/2025". */
export function authorityPeriodLabel(authority: {
  readonly validFrom: string;
  readonly validTo?: string | undefined;
}): string {
  const from = `Từ ${formatIssued(authority.validFrom)}`;
  return authority.validTo === undefined ? from : `${from} đến ${formatIssued(authority.validTo)}`;
}

const statusPhrases = {
  decided: 'Đã quyết định',
  proposed: 'Đang lấy ý kiến',
  revoked: 'Đã thu hồi',
} as const;

/**
 * At most this many decisions listed on an award form's page; a form every commune confers (Giấy
 * khen) would otherwise list a national share of all decisions. The totals still count every one.
 */
export const formDecisionsShownLimit = 300;

/**
 * Computes the page of an award form: facts, the dated authorities (the one in force on the build date
 * marked), and every decision that confers it with its number of published awardees.
 *
 * @throws {Error} when `id` is not an award form of the model
 */
export function awardFormPage(model: AwardsModel, id: string): AwardFormPageView {
  const entry = model.formEntries.get(id);
  const summary = model.formById.get(id);
  if (entry === undefined || summary === undefined) throw new Error(`No award form "${id}"`);
  const data = entry.data;

  const withAwardees = model.decisions
    .filter((d) => d.awardFormIds.includes(id))
    .map((decision) => ({
      decision,
      awardees: publishedAwardees(model.entries.get(decision.id)?.data ?? { awardees: [] }).filter(
        (a) => a.awardForm.id === id,
      ),
    }));
  const decisions: FormDecisionRow[] = withAwardees.map(({ decision, awardees }) => ({
    decision,
    count: awardees.length,
    countLabel: awardeeCountLabel(countByType(awardees)),
  }));
  const totals = (['decided', 'proposed', 'revoked'] as const).flatMap((status) => {
    const rows = withAwardees.filter((r) => r.decision.status === status);
    if (rows.length === 0) return [];
    const counts = countByType(rows.flatMap((r) => r.awardees));
    return [
      `${statusPhrases[status]}: ${awardeeCountLabel(counts)} trong ${rows.length} quyết định`,
    ];
  });

  const facts: MetadataRow[] = [
    { label: 'Nhóm', value: summary.groupLabel },
    { label: 'Khen thưởng của', value: data.track === 'state' ? 'Nhà nước' : 'Đảng' },
    { label: 'Đối tượng', value: recipientsLabel(data) },
    ...(data.classes.length === 0
      ? []
      : [{ label: 'Các hạng', value: data.classes.map((c) => awardClassLabels[c]).join(', ') }]),
    { label: 'Căn cứ pháp lý', value: data.legalSource },
    {
      label: 'Đối chiếu',
      value: data.verified
        ? 'Đã đối chiếu với văn bản pháp luật chính thức'
        : 'Chưa đối chiếu với văn bản pháp luật chính thức',
    },
    ...(data.verificationNote === undefined
      ? []
      : [{ label: 'Ghi chú đối chiếu', value: data.verificationNote }]),
  ];

  return {
    id,
    name: data.name,
    groupLabel: summary.groupLabel,
    description: data.description,
    facts,
    authorities: data.authorities.map((a) => ({
      conferredBy: a.conferredBy,
      levelLabel: levelLabel(a.level),
      periodLabel: authorityPeriodLabel(a),
      source: a.source,
      current: authorityIsCurrent(a, model.today),
    })),
    legalSource: data.legalSource,
    verified: data.verified,
    decisions: decisions.slice(0, formDecisionsShownLimit),
    decisionsTotal: decisions.length,
    totals,
    illustrative: decisions.some((d) => d.decision.illustrative),
    metaDescription: `${data.name}: ${data.description}`,
  };
}
