import slugify from '@sindresorhus/slugify';
import { foldVietnamese } from './foldVietnamese';

/**
 * An ASCII URL slug for Vietnamese text: NFC, diacritics dropped, đ → d, lower case, words joined by `-`.
 * "Quy Nhơn Tây" → "quy-nhon-tay"; "42-KH/ĐU" → "42-kh-du".
 *
 * Astro's own slugger keeps Vietnamese letters (URLs like /đảng-ủy), which breaks on copy-paste and in
 * some messaging apps, so every public URL goes through this function.
 *
 * @throws {Error} when the text has no letter or digit to make a slug from
 */
export function toSlug(text: string): string {
  const slug = slugify(foldVietnamese(text.normalize('NFC')), { decamelize: false });
  if (slug === '')
    throw new Error(`Cannot make a URL slug from "${text}": it has no letters or digits.`);
  return slug;
}
