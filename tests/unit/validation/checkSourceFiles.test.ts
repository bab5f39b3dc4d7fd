import { describe, expect, test } from 'vitest';
import { sourcePathProblem } from '../../../src/lib/validation/checkSourceFiles';
import { validateSources } from '../../../src/lib/validation/validateSources';
import { boChinhTri, documentFile, today } from './sources';

/** A full plan of the Politburo whose `source` line is `source`. */
const plan = (source: string) =>
  documentFile(
    'ke-hoach-5-kh-tw-bo-chinh-tri-2025-01-10',
    `
status: full
kind: plan
number: 5-KH/TW
issuer: bo-chinh-tri
issued: 2025-01-10
title: kế hoạch thực hiện chỉ thị
source: ${JSON.stringify(source)}
`,
    '\nThực hiện chỉ thị.\n',
  );

/** Validates the plan with a disk that holds only `content/sources/ke-hoach-5.txt`. */
const run = (source: string) =>
  validateSources(
    { contentRoot: 'content', sources: [boChinhTri, plan(source)], drafts: [] },
    {
      today,
      fileSize: (file) => (file === 'content/sources/ke-hoach-5.txt' ? 1200 : null),
    },
  ).problems;

describe('sourcePathProblem: a source must be a plain path inside content/sources/', () => {
  test.each([
    ['ke-hoach-5.txt'],
    ['2025/ke-hoach-5.txt'],
    ['ke-hoach..5.txt'],
    ['.ke-hoach-5.txt'],
  ])('%s is accepted', (source) => {
    expect(sourcePathProblem(source)).toBeNull();
  });

  test.each([
    ['../../../etc/passwd', 'goes up out of the folder with ".."'],
    ['2025/../../x.txt', 'goes up out of the folder with ".."'],
    ['..', 'goes up out of the folder with ".."'],
    ['/etc/passwd', 'is an absolute path'],
    ['\\\\server\\share\\x.txt', 'is an absolute path'],
    ['C:\\Windows\\win.ini', 'is a web address or a drive letter, not a file name'],
    ['https://example.com/ke-hoach.txt', 'is a web address or a drive letter, not a file name'],
    ['file:///etc/passwd', 'is a web address or a drive letter, not a file name'],
    ['2025\\ke-hoach.txt', 'uses "\\" (a Windows path); write "/" between folders'],
    ['ke-hoach\u0000.txt', 'contains a NUL character'],
    ['  ', 'is empty'],
  ])('%s is refused: %s', (source, reason) => {
    expect(sourcePathProblem(source)).toBe(reason);
  });
});

describe('checkSourceFiles, through the validation pass', () => {
  test('a source inside content/sources/ that exists gives no problem', () => {
    expect(run('ke-hoach-5.txt')).toEqual([]);
  });

  test('a path that climbs out of the folder names the field and how to write it', () => {
    expect(run('../../../etc/passwd')).toEqual([
      {
        file: 'content/documents/ke-hoach-5-kh-tw-bo-chinh-tri-2025-01-10.md',
        field: 'source',
        message:
          'source "../../../etc/passwd" goes up out of the folder with "..": it must name a file inside content/sources/, whose text the site publishes as the document\'s original.',
        vi: 'Lỗi: source "../../../etc/passwd" phải là tên một tệp trong thư mục content/sources/.',
        fix: 'write only the file name inside content/sources/ (e.g. "ke-hoach-42-kh-du.txt"), without "..", a leading "/" or a web address; copy the original text into that folder first (npm run import does both).',
        check: 'folder',
      },
    ]);
  });

  test('a file that is not there names the path to save it at', () => {
    expect(run('ke-hoach-6.txt')).toEqual([
      expect.objectContaining({
        field: 'source',
        message: 'the original text content/sources/ke-hoach-6.txt does not exist.',
        fix: 'save the original text as content/sources/ke-hoach-6.txt (npm run import does this), or correct source (mind lower case and the extension .txt).',
      }),
    ]);
  });

  test('without a disk, only the shape of the path is checked', () => {
    const problems = validateSources(
      { contentRoot: 'content', sources: [boChinhTri, plan('ke-hoach-6.txt')], drafts: [] },
      { today },
    ).problems;
    expect(problems).toEqual([]);
  });
});
