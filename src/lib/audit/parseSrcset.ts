/**
 * The addresses of a `srcset` attribute (`a.avif 400w, b.avif 800w` → `['a.avif', 'b.avif']`),
 * following the HTML parsing rules: candidates are separated by commas, an address is a run of
 * non-space characters (so it may itself contain commas, as data: URLs do), and descriptors such as
 * `400w` or `2x` are dropped. Commas inside descriptor parentheses do not separate candidates.
 *
 * @param srcset - the attribute value, references already decoded.
 * @returns the candidate addresses in order; `[]` for an empty attribute. Never throws.
 */
export function parseSrcset(srcset: string): string[] {
  const urls: string[] = [];
  const n = srcset.length;
  let i = 0;
  const isSpace = (c: string | undefined): boolean => c !== undefined && /[ \t\n\f\r]/.test(c);
  while (i < n) {
    while (i < n && (isSpace(srcset[i]) || srcset[i] === ',')) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(srcset[i])) i++;
    let url = srcset.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      while (i < n) {
        const c = srcset[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
        i++;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}
