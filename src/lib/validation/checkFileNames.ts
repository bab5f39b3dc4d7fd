import { entryIdPattern } from '../../schemas/shared/idReference';
import { toSlug } from '../text/toSlug';
import { collectReferences } from './collectReferences';
import { expectedAwardId } from './awardIdentity';
import { entryPath } from './contentSources';
import { readIdentity } from './documentIdentity';
import type { ParsedEntry } from './parseSource';
import type { Problem } from './problem';
import type { ValidationContext } from './validationContext';

/**
 * A file's name is its id, and ids make the public URLs, so:
 * - a document's file name must be `documentId()` of its identity (kind, number, issuer, issued,
 *   title): the same document cited from several plans must land on one file, and two documents with
 *   the same symbol from different issuers or dates must not collide (GLOSSARY.md);
 * - an award decision's file name is `documentId()` of its identity too (kind `decision`), and an
 *   award-catalogue row's is `toSlug(name)` (see `expectedAwardId`), which also keeps catalogue ids
 *   unique: two rows with the same name cannot both be named after it;
 * - every file name must be an id in shape: lower-case ASCII letters, digits and hyphens
 *   (`entryIdPattern`), directly inside its collection folder.
 *
 * @returns problems with `check: 'fileName'`, naming the file the entry should be
 */
export function checkFileNames(context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  for (const entry of context.entries) {
    const identity = readIdentity(entry);
    if (identity !== null) {
      if (identity.expectedId !== entry.id)
        problems.push(wrongDocumentName(context, entry, identity.expectedId));
      continue;
    }
    const awardId = expectedAwardId(entry);
    if (awardId !== null) {
      if (awardId !== entry.id) problems.push(wrongAwardName(context, entry, awardId));
      continue;
    }
    if (!entryIdPattern.test(entry.id)) problems.push(badIdShape(context, entry));
  }
  return problems;
}

function referrers(context: ValidationContext, entry: ParsedEntry): string[] {
  return context.entries
    .filter(
      (other) =>
        other !== entry &&
        collectReferences(other).some(
          (r) => r.collection === entry.collection && r.id === entry.id,
        ),
    )
    .map((other) => other.file);
}

function wrongDocumentName(
  context: ValidationContext,
  entry: ParsedEntry,
  expectedId: string,
): Problem {
  const target = entryPath(context.contentRoot, 'documents', expectedId);
  const citing = referrers(context, entry);
  const citingNote =
    citing.length === 0
      ? ''
      : ` and change "${entry.id}" to "${expectedId}" where it is cited (${citing.slice(0, 3).join(', ')}${citing.length > 3 ? ` and ${citing.length - 3} more` : ''})`;
  return {
    file: entry.file,
    field: 'file',
    message: `the file name does not match the document's identity (kind, number, issuer, issued, title): it should be ${target}. Ids make the URLs and tie citations to one document.`,
    vi: `Lỗi: tên tệp phải là ${expectedId}.md theo loại, số, cơ quan ban hành và ngày ban hành.`,
    fix: `rename the file to ${target}${citingNote}; or, if the name is right, correct kind, number, issuer or issued.`,
    check: 'fileName',
  };
}

function wrongAwardName(
  context: ValidationContext,
  entry: ParsedEntry,
  expectedId: string,
): Problem {
  const target = entryPath(context.contentRoot, entry.collection, expectedId);
  const citing = referrers(context, entry);
  const citingNote =
    citing.length === 0
      ? ''
      : ` and change "${entry.id}" to "${expectedId}" where it is used (${citing.slice(0, 3).join(', ')}${citing.length > 3 ? ` and ${citing.length - 3} more` : ''})`;
  const form = entry.collection === 'awardForms';
  return {
    file: entry.file,
    field: 'file',
    message: form
      ? `the file name does not match the award form's name: it should be ${target} (the ASCII slug of "name"). Ids make the URLs and keep the catalogue free of duplicates.`
      : `the file name does not match the decision's identity (number, issuer, issued, title): it should be ${target}. Ids make the URLs.`,
    vi: form
      ? `Lỗi: tên tệp phải là ${expectedId}.json theo tên hình thức khen thưởng.`
      : `Lỗi: tên tệp phải là ${expectedId}.json theo số, cơ quan ban hành và ngày ban hành.`,
    fix: `rename the file to ${target}${citingNote}; or, if the name is right, correct ${form ? 'name' : 'number, issuer, issued or title'}.`,
    check: 'fileName',
  };
}

function badIdShape(context: ValidationContext, entry: ParsedEntry): Problem {
  let suggestion: string | null;
  try {
    suggestion = toSlug(entry.id.replace(/\//g, ' '));
  } catch {
    suggestion = null;
  }
  const rename =
    suggestion === null
      ? 'rename it to lower-case ASCII words joined by hyphens'
      : `rename it to ${entryPath(context.contentRoot, entry.collection, suggestion)}`;
  return {
    file: entry.file,
    field: 'file',
    message: `"${entry.id}" cannot be an id: file names must be lower-case ASCII letters, digits and hyphens (no diacritics, spaces or sub-folders), because the id is used in URLs and references.`,
    vi: `Lỗi: tên tệp "${entry.id}" không hợp lệ (chỉ dùng chữ thường không dấu, số và dấu gạch nối).`,
    fix: `${rename} and update every reference to it.`,
    check: 'fileName',
  };
}
