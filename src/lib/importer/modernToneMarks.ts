/** A word-final "oa", "oe" or "uy" (not after "q") with the tone mark on its second vowel, in NFD. */
const oldStyle =
  /(?<![qQ])([oO][aAeE]|[uU][yY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\p{M}])/gu;

/**
 * Writes tone marks the way the current standard and most official copies do, on the first vowel of a
 * word-final "oa", "oe" or "uy" ("Thanh Hoá" → "Thanh Hóa", "Thị uỷ" → "Thị ủy", "Uỷ ban" → "Ủy ban"),
 * so that names written in the older style compare and display alike. "qu" + "y" keeps the mark on
 * "y" ("quý"); clusters followed by another letter are untouched ("hoàng", "ngoài", "khuyến").
 *
 * @param text NFC or NFD text
 * @returns NFC text
 */
export function modernToneMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(
      oldStyle,
      (_match, pair: string, tone: string) => `${pair.charAt(0)}${tone}${pair.charAt(1)}`,
    )
    .normalize('NFC');
}
