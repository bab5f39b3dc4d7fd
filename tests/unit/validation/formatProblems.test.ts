import { describe, expect, test } from 'vitest';
import { formatReport, formatSummary } from '../../../src/lib/validation/formatProblems';
import type { Problem } from '../../../src/lib/validation/problem';

const problem: Problem = {
  file: 'content/documents/x.md',
  field: 'title',
  line: 3,
  message: 'title (Trích yếu) is required but missing.',
  vi: 'Lỗi: thiếu trường bắt buộc title.',
  fix: 'add title (a text).',
  check: 'schema',
};

describe('formatSummary', () => {
  test('says there are no problems, in Vietnamese first', () => {
    expect(
      formatSummary({
        problems: [],
        counts: { documents: 12, organizations: 5, awardForms: 0, awardDecisions: 0, drafts: 0 },
      }),
    ).toBe('Đã kiểm tra 12 văn bản, 5 cơ quan: không có lỗi. (no problems)');
  });

  test('counts problems and files, and mentions skipped drafts', () => {
    expect(
      formatSummary({
        problems: [problem, problem],
        counts: { documents: 1, organizations: 0, awardForms: 0, awardDecisions: 0, drafts: 2 },
      }),
    ).toBe(
      'Đã kiểm tra 1 văn bản, 0 cơ quan (bỏ qua 2 bản nháp): 2 lỗi trong 1 tệp. (2 problems in 1 file)',
    );
  });

  test('names award forms and decisions when the content has them', () => {
    expect(
      formatSummary({
        problems: [],
        counts: { documents: 26, organizations: 31, awardForms: 59, awardDecisions: 11, drafts: 0 },
      }),
    ).toBe(
      'Đã kiểm tra 26 văn bản, 31 cơ quan, 59 hình thức khen thưởng, 11 quyết định khen thưởng: không có lỗi. (no problems)',
    );
  });
});

describe('formatReport', () => {
  test('groups problems under their file with the line, the Vietnamese line and the fix', () => {
    const report = formatReport({
      problems: [problem],
      counts: { documents: 1, organizations: 0, awardForms: 0, awardDecisions: 0, drafts: 0 },
    });
    expect(report.split('\n').slice(0, 4)).toEqual([
      'content/documents/x.md',
      '  ✗ line 3, title: title (Trích yếu) is required but missing.',
      '    Lỗi: thiếu trường bắt buộc title.',
      '    Fix: add title (a text).',
    ]);
  });
});
