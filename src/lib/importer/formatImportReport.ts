import { isAbsolute } from 'node:path';
import { formatPartialDate } from '../dates/partialDate';
import { kindInfo } from '../documents/documentKinds';
import type { ImportProblem, PlanReport } from './buildImport';
import type { TextRepair } from './prepareSourceText';

const repairLabels: Readonly<Record<TextRepair['kind'], string>> = {
  dateSlashes: 'sửa ngày gõ sai / date typo',
  pageBreak: 'nối đoạn bị ngắt trang / paragraph joined across a page break',
  strayQuote: 'bỏ dấu ” thừa / stray quote dropped',
  repeatedFragment: 'bỏ chữ lặp / repeated fragment dropped',
  wrappedLines: 'nối dòng bị ngắt (PDF) / hard-wrapped lines joined',
};

/** What the report needs besides the plans: where things are and what was written. */
export interface ReportContext {
  /** The content folder as shown ("content"). */
  readonly outDir: string;
  /** The override folder as shown ("content/overrides"). */
  readonly overridesDir: string;
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly dryRun: boolean;
}

const indent = (text: string, spaces: number): string =>
  text
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${line}`)
    .join('\n');

/**
 * The report of one imported plan, for the terminal: the file written; kind, number, issuer, date and
 * province; counts of sections, legal bases, implemented and cited documents, assignments,
 * milestones and distribution entries; the repairs made to the text; the overrides applied; and what
 * could not be determined ("Chưa xác định được"), each with the override to add.
 */
export function formatPlanReport(report: PlanReport, context: ReportContext): string {
  const { draft, counts } = report;
  const stem = draft.sourceFile.replace(/\.[^.]+$/u, '');
  const lines: string[] = [];
  lines.push(`▸ ${draft.sourceFile} → ${context.outDir}/${report.path}`);
  lines.push(
    `  ${kindInfo[draft.kind].label} ${draft.number ?? '(không số)'} · ${draft.issuerName} · ngày: ${
      draft.issued === undefined ? 'chưa rõ' : formatPartialDate(draft.issued)
    } · tỉnh: ${draft.province ?? 'chưa rõ'}`,
  );
  lines.push(
    `  mục / sections: ${counts.topSections} (tổng ${counts.sections}) · căn cứ / basedOn: ${counts.basedOn} · thực hiện / implements: ${counts.implements} · dẫn chiếu / cites: ${counts.cites} · nhiệm vụ / assignments: ${counts.assignments} · mốc / milestones: ${counts.milestones} · nơi nhận / distribution: ${counts.distribution}`,
  );
  if (draft.repairs.length > 0) {
    lines.push('  Đã sửa trong văn bản / Repaired:');
    for (const repair of draft.repairs) {
      lines.push(`    - ${repairLabels[repair.kind]}: "${repair.before}" → "${repair.after}"`);
    }
  }
  if (draft.applied.length > 0) {
    lines.push(`  Đã áp dụng / Overrides applied (${context.overridesDir}/${stem}.yaml):`);
    for (const o of draft.applied) lines.push(`    - ${o.field} = ${o.value} (${o.reason})`);
  }
  const notes = draft.notes.filter(
    (n, i) => draft.notes.findIndex((m) => m.message === n.message) === i,
  );
  if (notes.length > 0) {
    lines.push('  Chưa xác định được / Could not determine:');
    for (const note of notes) {
      lines.push(`    - ${note.field}: ${note.message}`);
      if (note.override !== undefined) {
        lines.push(`      → thêm vào / add to ${context.overridesDir}/${stem}.yaml:`);
        lines.push(indent(note.override, 10));
      }
    }
  }
  return lines.join('\n');
}

/**
 * One problem, naming the file (paths relative to the content folder are shown under it; `overrides/…`
 * under the override folder; absolute paths as they are), the source text, the field, what is wrong and
 * what to do.
 */
export function formatProblem(
  problem: ImportProblem,
  context: Pick<ReportContext, 'outDir' | 'overridesDir'>,
): string {
  const where = isAbsolute(problem.file)
    ? problem.file
    : problem.file.startsWith('overrides/')
      ? `${context.overridesDir}/${problem.file.slice('overrides/'.length)}`
      : `${context.outDir}/${problem.file}`;
  const from = problem.source === undefined ? '' : ` (từ / from ${problem.source})`;
  return `  ✗ ${where}${from} · ${problem.field}: ${problem.message}\n    → cách sửa / fix: ${problem.fix}`;
}

/**
 * The whole report: each plan, then either the problems (nothing written) or what was written.
 *
 * @param reports the plans, in import order
 * @param problems problems that stopped the import
 */
export function formatImportReport(
  reports: readonly PlanReport[],
  problems: readonly ImportProblem[],
  context: ReportContext,
): string {
  const parts = reports.map((r) => formatPlanReport(r, context));
  if (problems.length > 0) {
    parts.push(
      `Lỗi / Problems (${problems.length}) — không ghi tệp nào / nothing was written:\n${problems
        .map((p) => formatProblem(p, context))
        .join('\n')}`,
    );
    return parts.join('\n\n');
  }
  const count = (prefix: string): number =>
    context.written.filter((p) => p.startsWith(prefix)).length;
  const summary = `văn bản / documents: ${count('documents/')}, cơ quan / organizations: ${count('organizations/')}, bản gốc / sources: ${count('sources/')}; không đổi / unchanged: ${context.unchanged.length}`;
  parts.push(
    context.dryRun
      ? `Thử (--dry-run), không ghi gì / nothing written. Sẽ ghi / would write — ${summary}.`
      : `Đã ghi vào / written to ${context.outDir}/ — ${summary}.`,
  );
  return parts.join('\n\n');
}
