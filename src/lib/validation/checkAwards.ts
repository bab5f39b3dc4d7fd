import { awardDecisionSchema, type AwardDecision } from '../../schemas/awardDecisions';
import { awardFormSchema, type AwardForm } from '../../schemas/awardForms';
import { organizationSchema, type Organization } from '../../schemas/organizations';
import { formatPartialDate } from '../dates/partialDate';
import { awardClassLabels, awardeeTypeLabels } from '../awards/awardTerms';
import { authoritiesAt, firstDayOf, lastDayOf } from '../awards/authorityAt';
import { levelLabels } from '../organizations/organizationTerms';
import type { Problem } from './problem';
import { entriesOf, type ValidationContext } from './validationContext';

/** Entries of a collection that pass their schema, by id (the others are reported by `checkSchema`). */
function validById<T>(
  context: ValidationContext,
  collection: 'awardForms' | 'organizations' | 'awardDecisions',
  parse: (data: unknown) => { success: true; data: T } | { success: false },
): Map<string, { data: T; file: string }> {
  const found = new Map<string, { data: T; file: string }>();
  for (const entry of entriesOf(context, collection)) {
    if (entry.data === null) continue;
    const parsed = parse(entry.data);
    if (parsed.success) found.set(entry.id, { data: parsed.data, file: entry.file });
  }
  return found;
}

/**
 * The day a decision's authority is judged on: its issue day; for a proposed list without a whole
 * issue day, the day its consultation closes (the decision can only come after).
 */
export function decisionDay(decision: AwardDecision): string {
  if (decision.status === 'proposed') {
    return decision.issued?.length === 10 ? decision.issued : decision.consultation.closes;
  }
  return decision.issued;
}

/**
 * Award rules that need more than one file (Luật Thi đua, khen thưởng 06/2022/QH15; the catalogue in
 * `content/award-forms/`):
 * - an awardee's class must be one the award form has, and a form with classes needs one
 *   (Huân chương Lao động hạng Nhất, Nhì, Ba);
 * - the awardee's type must be a recipient the form allows (a household cannot be given "Chiến sĩ thi
 *   đua cơ sở", which is for individuals; Luật 2022, Điều 23);
 * - on the decision's day, one of the form's dated authorities must be at the issuer's level
 *   (e.g. "Chiến sĩ thi đua cơ sở" by a commune chair only from 1 July 2025; Điều 80, Nghị định
 *   129/2025/NĐ-CP), and a Party form needs a Party issuer, a state form a state one. Judged on level
 *   and branch only: which office inside a level (the provincial chair or a provincial department) is
 *   not recorded on organizations, so that is not checked. Reported once per decision and form;
 * - the issuer must exist on that day (`validFrom`/`validTo`: a district chair cannot decide after
 *   30 June 2025).
 * Entries that break their schema or name missing entries are skipped: other checks report them.
 *
 * @returns problems with `check: 'award'`
 */
export function checkAwards(context: ValidationContext): Problem[] {
  const forms = validById<AwardForm>(context, 'awardForms', (d) => awardFormSchema.safeParse(d));
  const organizations = validById<Organization>(context, 'organizations', (d) =>
    organizationSchema.safeParse(d),
  );
  const decisions = validById<AwardDecision>(context, 'awardDecisions', (d) =>
    awardDecisionSchema.safeParse(d),
  );
  const problems: Problem[] = [];
  for (const [, { data: decision, file }] of decisions) {
    const day = decisionDay(decision);
    const issuer = organizations.get(decision.issuer.id)?.data;
    if (issuer !== undefined) problems.push(...issuerExists(file, issuer, decision, day));
    const reported = new Set<string>();
    decision.awardees.forEach((awardee, index) => {
      const formId = awardee.awardForm.id;
      const form = forms.get(formId)?.data;
      if (form === undefined) return;
      const at = `awardees.${String(index)}`;
      if (awardee.class !== undefined && !form.classes.includes(awardee.class)) {
        const allowed =
          form.classes.length === 0
            ? 'has no classes'
            : `has the classes ${form.classes.map((c) => `"${c}"`).join(', ')}`;
        problems.push({
          file,
          field: `${at}.class`,
          message: `"${form.name}" ${allowed}; got class "${awardee.class}" (${awardClassLabels[awardee.class]}).`,
          vi: `Lỗi: "${form.name}" không có ${awardClassLabels[awardee.class]}.`,
          fix:
            form.classes.length === 0
              ? `remove class from ${at}.`
              : `use one of ${form.classes.map((c) => `"${c}"`).join(', ')}, or correct awardForm.`,
          check: 'award',
        });
      }
      if (awardee.class === undefined && form.classes.length > 0) {
        problems.push({
          file,
          field: `${at}.class`,
          message: `"${form.name}" is conferred in classes (${form.classes.map((c) => awardClassLabels[c]).join(', ')}); the awardee has none.`,
          vi: `Lỗi: thiếu hạng của "${form.name}".`,
          fix: `add class: ${form.classes.map((c) => `"${c}"`).join(', ')} as the decision says.`,
          check: 'award',
        });
      }
      if (!form.recipients.includes(awardee.type)) {
        const allowed = form.recipients.map((r) => `${r} (${awardeeTypeLabels[r]})`).join(', ');
        problems.push({
          file,
          field: `${at}.type`,
          message: `"${form.name}" is for ${allowed}; it cannot be given to a ${awardee.type} (${awardeeTypeLabels[awardee.type]}).`,
          vi: `Lỗi: "${form.name}" không tặng cho ${awardeeTypeLabels[awardee.type].toLowerCase()}.`,
          fix: `check awardForm of ${at} against the decision: it is usually another form (e.g. "Gia đình văn hóa" or a Giấy khen for a household).`,
          check: 'award',
        });
      }
      if (issuer !== undefined && !reported.has(formId)) {
        const problem = authorityProblem(
          file,
          `${at}.awardForm`,
          formId,
          form,
          issuer,
          decision,
          day,
        );
        if (problem !== null) {
          reported.add(formId);
          problems.push(problem);
        }
      }
    });
  }
  return problems;
}

function issuerExists(
  file: string,
  issuer: Organization,
  decision: AwardDecision,
  day: string,
): Problem[] {
  const when = formatPartialDate(day);
  if (issuer.validTo !== undefined && day > lastDayOf(issuer.validTo)) {
    return [
      {
        file,
        field: 'issuer',
        message: `"${issuer.name}" existed until ${formatPartialDate(issuer.validTo)}, so it cannot decide on ${when}.`,
        vi: `Lỗi: "${issuer.name}" đã chấm dứt hoạt động từ sau ${formatPartialDate(issuer.validTo)}.`,
        fix: `correct issued${decision.status === 'proposed' ? ' or consultation' : ''}, or name the body that took over (see successors in the organization's file).`,
        check: 'award',
      },
    ];
  }
  if (issuer.validFrom !== undefined && day < firstDayOf(issuer.validFrom)) {
    return [
      {
        file,
        field: 'issuer',
        message: `"${issuer.name}" exists only from ${formatPartialDate(issuer.validFrom)}, so it cannot decide on ${when}.`,
        vi: `Lỗi: "${issuer.name}" chưa tồn tại vào ${when}.`,
        fix: 'correct issued, or name the body that existed on that day.',
        check: 'award',
      },
    ];
  }
  return [];
}

function authorityProblem(
  file: string,
  field: string,
  formId: string,
  form: AwardForm,
  issuer: Organization,
  decision: AwardDecision,
  day: string,
): Problem | null {
  const when = formatPartialDate(day);
  const dayNote =
    decision.status === 'proposed' && decision.issued?.length !== 10
      ? ' (the day its consultation closes)'
      : '';
  if (form.track === 'party' && issuer.branch !== 'party') {
    return {
      file,
      field,
      message: `"${form.name}" is a Party award; "${issuer.name}" is not a Party body (branch "${issuer.branch}").`,
      vi: `Lỗi: "${form.name}" là hình thức khen thưởng của Đảng, cơ quan ban hành phải là cấp ủy đảng.`,
      fix: 'correct issuer or awardForm.',
      check: 'award',
    };
  }
  if (form.track === 'state' && issuer.branch === 'party') {
    return {
      file,
      field,
      message: `"${form.name}" is a state award; "${issuer.name}" is a Party body.`,
      vi: `Lỗi: "${form.name}" là hình thức khen thưởng của Nhà nước, không do cấp ủy đảng quyết định.`,
      fix: 'correct issuer or awardForm.',
      check: 'award',
    };
  }
  const active = authoritiesAt(form, day);
  if (active.some((authority) => authority.level === issuer.level)) return null;
  const level = levelLabels[issuer.level];
  const applying =
    active.length === 0
      ? `nobody may confer it on ${when}${dayNote} according to the catalogue (its authorities run ${form.authorities.map((a) => `${formatPartialDate(a.validFrom)}–${a.validTo === undefined ? '' : formatPartialDate(a.validTo)}`).join(', ')})`
      : `on ${when}${dayNote} it is conferred by ${active.map((a) => `${a.conferredBy} (${levelLabels[a.level]}; ${a.source})`).join('; ')}`;
  return {
    file,
    field,
    message: `"${issuer.name}" (${level}) has no authority to confer "${form.name}": ${applying}.`,
    vi: `Lỗi: ${issuer.name} không có thẩm quyền tặng "${form.name}" vào ngày ${when}.`,
    fix: `check the decision: the issuer, the award form or the date is wrong; if the law changed, add a dated authority to content/award-forms/${formId}.json with its source.`,
    check: 'award',
  };
}
