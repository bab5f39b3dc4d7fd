/**
 * Normalises text as it arrives from an editor, a word processor or a PDF extraction:
 * CRLF/CR → LF, Unicode NFC (Vietnamese may arrive decomposed, NFD), no BOM, no zero-width characters,
 * non-breaking spaces → ordinary spaces. Content is always stored in this form.
 * Every U+FEFF goes, not only a leading BOM: a text that starts with two (files joined together)
 * would otherwise keep one, and normalising twice would not give the same text.
 *
 * @param text any string
 * @returns the same text, NFC, with `\n` line ends
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ')
    .normalize('NFC');
}
