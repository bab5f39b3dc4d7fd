import { issuedDatesCompatible } from '../documents/documentId';
import { kindInfo } from '../documents/documentKinds';
import type { DocumentNumber } from '../documents/parseDocumentNumber';
import { readIdentity, type ReadIdentity } from './documentIdentity';
import type { ParsedEntry } from './parseSource';
import type { Problem } from './problem';
import type { ValidationContext } from './validationContext';

/**
 * A number compared the way people read it: leading zeros of the sequence dropped ("08-CT/TU" is
 * "8-CT/TU"), Unicode NFC, upper case.
 */
export function normalisedNumber(number: DocumentNumber): string {
  const printed = number.printed.normalize('NFC').toUpperCase();
  return printed.replace(/^0+(?=\d)/, '');
}

/**
 * Two files must not hold the same document. Identity is issuer + number + date (GLOSSARY.md): two
 * documents are the same when they share kind, issuer and normalised number (with a sequence; a blank
 * "/KH-UBND" identifies nothing) and their issue dates are compatible (`issuedDatesCompatible`: equal,
 * one a less precise form of the other, or one unknown). Party numbers restart each term, so the same
 * number with dates that differ is a different document and is not reported.
 *
 * @returns one problem per duplicate pair, on the later file (by id), naming the earlier one
 */
export function checkDuplicates(context: ValidationContext): Problem[] {
  const groups = new Map<string, { entry: ParsedEntry; identity: ReadIdentity }[]>();
  for (const entry of context.entries) {
    const identity = readIdentity(entry);
    if (identity?.number?.sequence == null) continue;
    const key = `${identity.kind}|${identity.issuerId}|${normalisedNumber(identity.number)}`;
    const group = groups.get(key) ?? [];
    group.push({ entry, identity });
    groups.set(key, group);
  }
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1));
    sorted.forEach((later, index) => {
      const earlier = sorted
        .slice(0, index)
        .find((e) => issuedDatesCompatible(e.identity.issued, later.identity.issued));
      if (earlier === undefined) return;
      const { identity } = later;
      const what = `${kindInfo[identity.kind].label} ${identity.number?.printed ?? ''} of ${identity.issuerId}`;
      const dates = [earlier.identity.issued ?? 'no date', identity.issued ?? 'no date'].join(
        ' and ',
      );
      problems.push({
        file: later.entry.file,
        field: 'number',
        message: `same document as ${earlier.entry.file}: both are ${what}, with compatible issue dates (${dates}).`,
        vi: `Lỗi: trùng văn bản với ${earlier.entry.file} (cùng loại, số, cơ quan ban hành và ngày).`,
        fix: `keep one file: merge the two into the one whose name matches the more precise date, delete the other and point its citations to the kept id; if they are really different documents, correct the number, issuer or issued date.`,
        check: 'duplicate',
      });
    });
  }
  return problems;
}
