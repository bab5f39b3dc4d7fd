import { normalizeText } from '../text/normalizeText';

/**
 * A kind of personal data that must never appear in a published award list. Award decisions publish
 * only what the decision itself publishes: name, position and unit at the time, the award, a short
 * achievement (GLOSSARY.md "Personal data"; Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, in force from
 * 1 January 2026).
 */
export type PersonalDataKind = 'citizenId' | 'phone' | 'email' | 'birthDate' | 'streetAddress';

interface Rule {
  readonly kind: PersonalDataKind;
  readonly test: (text: string) => boolean;
  readonly reason: string;
}

/**
 * Digits with the spaces, dots and dashes people type inside numbers removed; sums of money
 * ("123.000.000 đồng") are dropped first so they are not read as ID numbers.
 */
const digitsJoined = (text: string): string =>
  text
    .replace(/(?<!\d)\d{1,3}(?:[.,]\d{3})+\s*(?:đồng|đ|VNĐ|VND|triệu|tỷ)/giu, ' ')
    .replace(/(?<=\d)[\s.-](?=\d)/g, '');

const rules: readonly Rule[] = [
  {
    kind: 'email',
    // Matched only from the start of a word: without the lookbehind a long word with no "@" was
    // rescanned from every character (quadratic; 0.45 s for 20,000 letters).
    test: (t) => /(?<![^\s@])[^\s@]+@[^\s@]+\.[\p{L}]{2,}/u.test(t),
    reason: 'looks like an e-mail address (địa chỉ thư điện tử)',
  },
  {
    kind: 'phone',
    test: (t) =>
      /(?<!\d)(?:\+?84|0)(?:3|5|7|8|9)\d{8}(?!\d)/.test(digitsJoined(t)) ||
      /(?<!\d)(?:\+?84|0)2\d{9}(?!\d)/.test(digitsJoined(t)) ||
      /\b(?:SĐT|ĐT|điện thoại|di động)\s*:?\s*\+?\d/iu.test(t),
    reason: 'looks like a phone number (số điện thoại)',
  },
  {
    kind: 'citizenId',
    test: (t) =>
      /(?<!\d)(?:\d{9}|\d{12})(?!\d)/.test(digitsJoined(t)) ||
      /\b(?:CCCD|CMND|căn cước|chứng minh nhân dân)\b/iu.test(t),
    reason: 'looks like a citizen ID number (số CCCD/CMND, 9 or 12 digits)',
  },
  {
    kind: 'birthDate',
    test: (t) => /(?:ngày|năm)\s+sinh|sinh\s+(?:ngày|năm)|\bSN\s*:?\s*\d{4}/iu.test(t),
    reason: 'looks like a date of birth (ngày, năm sinh)',
  },
  {
    kind: 'streetAddress',
    test: (t) =>
      /\b(?:số nhà|ngõ|ngách|hẻm|kiệt)\s+\d/iu.test(t) ||
      /(?<!\p{L})(?:số\s+)?\d+[A-Za-z]?(?:\/\d+)*,?\s+(?:đường|phố)\s+\p{Lu}/u.test(t),
    reason: 'looks like a street address (địa chỉ nhà riêng: only hamlet and commune may be shown)',
  },
];

/** A personal-data finding: which kind and why, in words an editor understands. */
export interface PersonalDataFinding {
  readonly kind: PersonalDataKind;
  readonly message: string;
}

/**
 * Checks one awardee text field for personal data that must not be published: citizen ID numbers (9 or
 * 12 digits), phone numbers, e-mail addresses, dates of birth and street addresses.
 *
 * @param text the field's value (name, position, unit, achievement, hamlet …)
 * @returns the first finding, or null when the text is fine to publish
 */
export function findPersonalData(text: string): PersonalDataFinding | null {
  const clean = normalizeText(text);
  const rule = rules.find((r) => r.test(clean));
  if (rule === undefined) return null;
  return {
    kind: rule.kind,
    message:
      `${rule.reason}. Award lists publish only the name, position and unit at the time of the ` +
      'award, the award and a short achievement (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). ' +
      'Remove it from this field. / Thông tin cá nhân không được công bố: hãy xóa khỏi trường này.',
  };
}
