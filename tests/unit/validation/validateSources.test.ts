import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/validation/formatProblems';
import { boChinhTri, chiThi41, documentFile, draft, organizationFile, validate } from './sources';

const plan = (implementsId: string, extra = ''): ReturnType<typeof documentFile> =>
  documentFile(
    'ke-hoach-5-kh-tw-bo-chinh-tri-2025-01-10',
    `
status: referenced
kind: plan
number: 5-KH/TW
issuer: bo-chinh-tri
issued: 2025-01-10
title: kế hoạch thực hiện chỉ thị
implements:
  - ${implementsId}
${extra}
`,
  );

describe('references', () => {
  test('a broken reference names the file, the field, the missing id and the nearest ids', () => {
    const { problems } = validate([
      boChinhTri,
      chiThi41,
      plan('chi-thi-41-ct-tw-bo-chinh-tri-2024-12-25'),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'content/documents/ke-hoach-5-kh-tw-bo-chinh-tri-2025-01-10.md: implements.0: no document "chi-thi-41-ct-tw-bo-chinh-tri-2024-12-25". Nearest: chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26, ke-hoach-5-kh-tw-bo-chinh-tri-2025-01-10. Fix: correct the id or add content/documents/chi-thi-41-ct-tw-bo-chinh-tri-2024-12-25.md',
    ]);
  });

  test('a broken reference is found even when another field of the same file breaks the schema', () => {
    const { problems } = validate([boChinhTri, chiThi41, plan('chi-thi-42', 'place: X')]);
    expect(problems.map((p) => `${p.field}:${p.check}`).sort()).toEqual([
      'implements.0:reference',
      'place:unknownField',
    ]);
  });

  test('a field named like a built-in property (toString) is an unknown field, not ignored', () => {
    const { problems } = validate([
      boChinhTri,
      chiThi41,
      plan('chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26', 'toString: x'),
    ]);
    expect(problems.map((p) => `${p.field}:${p.check}`)).toEqual(['toString:unknownField']);
  });

  test('a reference to a draft says the draft exists but is not published', () => {
    const { problems } = validate(
      [boChinhTri, plan('chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26')],
      [draft('documents', 'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26')],
    );
    expect(problems[0]?.message).toContain(
      'content/documents/_chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26.md exists but is a draft',
    );
    expect(problems[0]?.fix).toContain('publish the draft by renaming');
  });

  test('an issuer that names no organization suggests the nearest organizations', () => {
    const stub = chiThi41.text.replace('issuer: bo-chinh-tri', 'issuer: bo-chinh-tri-x');
    const { problems } = validate([boChinhTri, { ...chiThi41, text: stub }]);
    const issuer = problems.find((p) => p.field === 'issuer');
    expect(issuer?.message).toBe('no organization "bo-chinh-tri-x". Nearest: bo-chinh-tri.');
    expect(issuer?.fix).toBe('correct the id or add content/organizations/bo-chinh-tri-x.json');
  });

  test('an organization that is its own parent is a self-reference', () => {
    const self = organizationFile('tinh-uy-gia-lai', {
      name: 'Tỉnh ủy Gia Lai',
      level: 'province',
      branch: 'party',
      parent: 'tinh-uy-gia-lai',
    });
    const { problems } = validate([self]);
    expect(problems.map((p) => [p.field, p.check])).toEqual([['parent', 'selfReference']]);
  });
});

describe('fields the schema does not know', () => {
  test.each([
    ['implement', 'rename it to "implements"'],
    ['slug', 'rename the file instead'],
    ['place', 'set status: full'],
  ])('"%s" is reported with the fix "%s"', (field, fix) => {
    const text = `${chiThi41.text.replace(/---\n$/, '')}${field}: x\n---\n`;
    const { problems } = validate([boChinhTri, { ...chiThi41, text }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.check).toBe('unknownField');
    expect(problems[0]?.fix).toContain(fix);
  });
});

describe('many problems at once', () => {
  test('every bad file is reported, in file order, not only the first', () => {
    const bad = (id: string): ReturnType<typeof documentFile> =>
      documentFile(id, 'status: referenced\nkind: directive\nissuer: bo-chinh-tri');
    const { problems, counts } = validate([boChinhTri, bad('a'), bad('b'), bad('c')]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/documents/a.md title',
      'content/documents/b.md title',
      'content/documents/c.md title',
    ]);
    expect(counts).toEqual({
      documents: 3,
      organizations: 1,
      awardForms: 0,
      awardDecisions: 0,
      exemplars: 0,
      drafts: 0,
    });
  });
});

describe('a status that names a member of every object', () => {
  // Found by tests/unit/property/validation.property.test.ts: checkSchema looked "__proto__" up as a
  // status and crashed with a TypeError instead of reporting the status.
  test.each([['__proto__'], ['constructor'], ['toString']])(
    'status: %s is reported as a wrong status',
    (status) => {
      const text = chiThi41.text.replace('status: referenced', `status: ${status}`);
      const { problems } = validate([boChinhTri, { ...chiThi41, text }]);
      expect(problems.map((p) => [p.field, p.check])).toEqual([['status', 'schema']]);
    },
  );
});
