import type { Problem, ValidationResult } from './problem';

/**
 * One problem on one line: `file[:line]: field: message Fix: fix`, e.g.
 * `content/documents/ke-hoach-….md: implements.0: no document "chi-thi-…-2024-12-25". Nearest: … Fix: correct the id or add content/documents/<id>.md`.
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.field}: ${problem.message} Fix: ${problem.fix}`;
}

/**
 * A report for the terminal: problems grouped under their file, each with its Vietnamese line and its
 * fix, then a one-line summary in Vietnamese ("Đã kiểm tra 12 văn bản, 5 cơ quan: không có lỗi.").
 */
export function formatReport(result: ValidationResult): string {
  const lines: string[] = [];
  const byFile = new Map<string, Problem[]>();
  for (const problem of result.problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  for (const [file, problems] of byFile) {
    lines.push(file);
    for (const problem of problems) {
      const at = problem.line === undefined ? '' : `line ${problem.line}, `;
      lines.push(`  ✗ ${at}${problem.field}: ${problem.message}`);
      lines.push(`    ${problem.vi}`);
      lines.push(`    Fix: ${problem.fix}`);
    }
    lines.push('');
  }
  lines.push(formatSummary(result));
  return lines.join('\n');
}

/**
 * The summary line: "Đã kiểm tra N văn bản, M cơ quan[, A hình thức khen thưởng, D quyết định khen
 * thưởng]: không có lỗi." or "… : K lỗi (in F tệp)." with the English count after it for non-Vietnamese
 * readers. The award counts appear when the content has any.
 */
export function formatSummary(result: ValidationResult): string {
  const { documents, organizations, awardForms, awardDecisions, drafts } = result.counts;
  const draftNote = drafts > 0 ? ` (bỏ qua ${drafts} bản nháp)` : '';
  const awards =
    awardForms + awardDecisions > 0
      ? `, ${awardForms} hình thức khen thưởng, ${awardDecisions} quyết định khen thưởng`
      : '';
  const exemplars =
    (result.counts.exemplars ?? 0) > 0 ? `, ${result.counts.exemplars ?? 0} điển hình` : '';
  const movements =
    (result.counts.movements ?? 0) > 0
      ? `, ${result.counts.movements ?? 0} phong trào thi đua`
      : '';
  const checked = `Đã kiểm tra ${documents} văn bản, ${organizations} cơ quan${awards}${exemplars}${movements}${draftNote}`;
  const count = result.problems.length;
  if (count === 0) return `${checked}: không có lỗi. (no problems)`;
  const files = new Set(result.problems.map((p) => p.file)).size;
  return `${checked}: ${count} lỗi trong ${files} tệp. (${count} problem${count === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'})`;
}
