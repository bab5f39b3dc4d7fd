/**
 * In-memory content for the validation unit tests: sources go through the real parser, schemas and
 * checks (`validateSources`), only the disk is left out.
 */
import type { CollectionName } from '../../../src/schemas/shared/idReference';
import type {
  ContentSources,
  DraftFile,
  SourceFile,
} from '../../../src/lib/validation/contentSources';
import { validateSources } from '../../../src/lib/validation/validateSources';
import type { ValidationResult } from '../../../src/lib/validation/problem';

/** "Today" in every unit test, so date checks do not depend on the clock. */
export const today = new Date(2026, 10, 21, 12);

/** A document file `content/documents/<id>.md` with the given front matter lines and body. */
export function documentFile(id: string, frontMatter: string, body = ''): SourceFile {
  return {
    collection: 'documents',
    id,
    file: `content/documents/${id}.md`,
    text: `---\n${frontMatter.trim()}\n---\n${body}`,
  };
}

/** An organization file `content/organizations/<id>.json` from an object. */
export function organizationFile(id: string, data: Record<string, unknown>): SourceFile {
  return {
    collection: 'organizations',
    id,
    file: `content/organizations/${id}.json`,
    text: `${JSON.stringify(data, null, 2)}\n`,
  };
}

/** The Politburo, the usual issuer in these tests. */
export const boChinhTri = organizationFile('bo-chinh-tri', {
  name: 'Bộ Chính trị',
  level: 'central',
  branch: 'party',
});

/** Chỉ thị 41-CT/TW, a referenced stub under its canonical id. */
export const chiThi41 = documentFile(
  'chi-thi-41-ct-tw-bo-chinh-tri-2024-12-26',
  `
status: referenced
kind: directive
number: 41-CT/TW
issuer: bo-chinh-tri
issued: 2024-12-26
title: về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới
`,
);

/** Validates sources held in memory, as if read from `content/`. */
export function validate(
  sources: readonly SourceFile[],
  drafts: readonly DraftFile[] = [],
  options: { futureMarginDays?: number } = {},
): ValidationResult {
  const input: ContentSources = { contentRoot: 'content', sources, drafts };
  return validateSources(input, { today, ...options });
}

/** The draft record for `content/<collection>/_<id>.<ext>`. */
export function draft(collection: CollectionName, id: string): DraftFile {
  const extension = collection === 'documents' ? 'md' : 'json';
  return { collection, publishedId: id, file: `content/${collection}/_${id}.${extension}` };
}
