/**
 * Text a search result carries that Pagefind must not index.
 *
 * Pagefind 1.6 indexes the words of every `data-pagefind-meta` field, with each occurrence, and has no
 * setting to keep a field out of the index (checked in its 1.6.0 binary and its index files). The
 * `text` meta that result snippets and phrase ranking read (resultText, foldedTerms.ts) holds the
 * start of a page's running text, so it put every occurrence of "thi", "đua", "khen", "thưởng" back
 * into the index that indexTerms (foldedTerms.ts) had cut to one per page: at 10,000 plans the meta
 * fields held 79 % of the index's word positions, and the chunk holding "thi" was 282 KB; the same
 * chunk re-encoded without them was 32 KB (docs/performance.md).
 *
 * So the text is stored as one Braille pattern (U+2800–U+28FF, Unicode category So) per byte of its
 * UTF-8 form. Pagefind splits words on characters that are neither letters nor digits, so it finds no
 * word in the field; the search page turns it back into text. Written here, not taken from a library:
 * no package encodes bytes into non-word characters, and the code is a few lines. The cost is size:
 * three bytes of HTML per byte of text, about 1 KB more per result fragment after gzip.
 */

const brailleBase = 0x2800;

/**
 * Encodes `text` so that Pagefind indexes none of its words ({@link decodeUnindexed} reverses it).
 *
 * @param text any string; it is NFC-normalized first
 * @returns one character in U+2800–U+28FF per UTF-8 byte of the NFC text ("" for "")
 */
export function encodeUnindexed(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text.normalize('NFC'))) {
    out += String.fromCharCode(brailleBase + byte);
  }
  return out;
}

/**
 * The text {@link encodeUnindexed} encoded. A value that is not such an encoding (a page built before
 * this encoding, or another site's index merged into the national portal's search) is returned as it
 * is, so results from either read the same.
 *
 * @param value a `text` meta value as Pagefind returns it
 * @returns the decoded text; bytes that are not valid UTF-8 become U+FFFD
 */
export function decodeUnindexed(value: string): string {
  if (value === '' || !/^[\u2800-\u28ff]+$/u.test(value)) return value;
  const bytes = Uint8Array.from(value, (ch) => ch.charCodeAt(0) - brailleBase);
  return new TextDecoder().decode(bytes);
}
