import { fontMetrics, type OgFontWeight } from './advanceWidths';
import { textWidthEm } from './textWidthEm';

/** The box a text must fit and the sizes it may take. */
export interface FitTextOptions {
  /** Width of the box, pixels. */
  readonly width: number;
  /** Height of the box, pixels. */
  readonly height: number;
  /** The size to try first, pixels. */
  readonly maxFontSize: number;
  /** The smallest size allowed, pixels; a text that does not fit even at this size is shortened. */
  readonly minFontSize: number;
  /** Line height as a multiple of the font size (1.2 for titles, 1.4 for running text). */
  readonly lineHeight: number;
  /** At most this many lines, whatever the height allows. */
  readonly maxLines?: number;
  readonly weight: OgFontWeight;
  /** How much smaller each try is, pixels (default 2). */
  readonly step?: number;
}

/** The chosen setting of a text. */
export interface FittedText {
  /** The text to render: NFC, whitespace collapsed, shortened with "…" when `truncated`. */
  readonly text: string;
  /** Font size, pixels. */
  readonly fontSize: number;
  /** Line height, whole pixels (satori rounds line heights to whole pixels). */
  readonly lineHeight: number;
  /** The lines as the estimate breaks them; the renderer breaks at the same places or later. */
  readonly lines: readonly string[];
  /** Whether the text was shortened because it did not fit even at `minFontSize`. */
  readonly truncated: boolean;
  /**
   * Room kept inside the box around the lines, pixels: stacked marks (Ẳ, Ỗ) rise above the first
   * line box, the horn of ư reaches past the last advance. The lines fit the box less these insets.
   */
  readonly inset: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  /**
   * Whether a word is (nearly) as wide as a line and may be broken between letters: the renderer
   * then sets it without kerning, as the estimate measured it (satori measures such a break letter
   * by letter).
   */
  readonly brokenWords: boolean;
}

/** The height a fitted text takes: its lines and its top and bottom insets, pixels. */
export function fittedHeight(fit: FittedText): number {
  return fit.lines.length * fit.lineHeight + fit.inset.top + fit.inset.bottom;
}

/** The room to keep around lines of `size` pixels set `lineHeight` (ratio) apart, pixels. */
export function inkInset(
  size: number,
  lineHeight: number,
  weight: OgFontWeight,
): FittedText['inset'] {
  const m = fontMetrics[weight];
  // The line box centres the content area (ascent + descent) in the line height.
  const halfLeading = (lineHeight * 1000 - (m.ascent + m.descent)) / 2;
  // One pixel more than the ink needs: satori rounds positions to the pixel grid.
  const px = (thousandths: number): number =>
    thousandths > 0 ? Math.ceil((thousandths * size) / 1000) + 1 : 0;
  return {
    top: px(m.inkTop - m.ascent - halfLeading),
    right: px(m.inkRight),
    bottom: px(m.inkBottom - m.descent - halfLeading),
    left: px(m.inkLeft),
  };
}

const ellipsis = '…';
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * Breaks `text` into lines no wider than `maxEm` ems, greedily at spaces; a word wider than a whole
 * line starts on a line of its own and is broken between letters (the card sets `overflowWrap:
 * 'anywhere'`, so the renderer may break it too). Widths are estimated on the wide side, so the
 * renderer, which breaks at the same opportunities and more (after "-" and "/"), never needs more
 * lines.
 */
export function wrapLines(text: string, maxEm: number, weight: OgFontWeight): string[] {
  const fits = (s: string): boolean => textWidthEm(s, weight) <= maxEm;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (fits(word)) {
      line = word;
      continue;
    }
    let chunk = '';
    for (const { segment } of graphemes.segment(word)) {
      if (chunk === '' || fits(chunk + segment)) chunk += segment;
      else {
        lines.push(chunk);
        chunk = segment;
      }
    }
    line = chunk;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Trailing spaces and punctuation that should not stand before "…". */
const trailingPunctuation = /[\s,;:.–—-]+$/u;

/**
 * The longest beginning of `text` that, followed by "…", wraps into at most `maxLines` lines: cut
 * at a space when that keeps at least 60 % of what a cut between letters would keep (a long
 * unbroken name is cut between letters).
 */
function shorten(text: string, maxEm: number, maxLines: number, weight: OgFontWeight): string {
  const fitsWith = (prefix: string): boolean =>
    wrapLines(prefix.replace(trailingPunctuation, '') + ellipsis, maxEm, weight).length <= maxLines;
  const letters = [...graphemes.segment(text)].map((s) => s.segment);
  // Longest prefix by letters (binary search; fitting is monotone in the prefix length).
  let low = 0;
  let high = letters.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fitsWith(letters.slice(0, mid).join(''))) low = mid;
    else high = mid - 1;
  }
  const byLetters = letters.slice(0, low).join('');
  const lastSpace = byLetters.lastIndexOf(' ');
  const byWords = lastSpace > 0 ? byLetters.slice(0, lastSpace) : '';
  const chosen = byWords.length >= 0.6 * byLetters.length ? byWords : byLetters;
  return chosen.replace(trailingPunctuation, '') + ellipsis;
}

/**
 * Chooses the font size and lines of a text in a box: the largest size from `maxFontSize` down to
 * `minFontSize` (in `step`s) at which the estimated lines fit both `maxLines` and the box height;
 * when none does, the smallest size with the text shortened at a word (or, for a long unbroken
 * name, between letters) and ended with "…". Pure: the estimate uses the committed fonts' advance
 * widths (`textWidthEm`), never the renderer.
 *
 * @throws {RangeError} when the box cannot hold one line at `minFontSize` (a template bug)
 */
export function fitText(text: string, options: FitTextOptions): FittedText {
  const { width, height, maxFontSize, minFontSize, lineHeight, weight, step = 2 } = options;
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  const clean = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const lineHeightAt = (size: number): number => Math.ceil(size * lineHeight);
  const linesAllowed = (size: number): number => {
    const inset = inkInset(size, lineHeight, weight);
    return Math.min(maxLines, Math.floor((height - inset.top - inset.bottom) / lineHeightAt(size)));
  };

  if (linesAllowed(minFontSize) < 1) {
    throw new RangeError(
      `fitText: a box of ${width}×${height} px cannot hold one line at ${minFontSize} px`,
    );
  }
  const sizes: number[] = [];
  for (let size = maxFontSize; size > minFontSize; size -= step) sizes.push(size);
  sizes.push(minFontSize);
  const setting = (
    size: number,
    shown: string,
    lines: string[],
    truncated: boolean,
  ): FittedText => {
    const inset = inkInset(size, lineHeight, weight);
    const maxEm = (width - inset.left - inset.right) / size;
    return {
      text: shown,
      fontSize: size,
      lineHeight: lineHeightAt(size),
      lines,
      truncated,
      inset,
      brokenWords: shown.split(' ').some((word) => textWidthEm(word, weight) > 0.9 * maxEm),
    };
  };
  for (const size of sizes) {
    const inset = inkInset(size, lineHeight, weight);
    const lines = wrapLines(clean, (width - inset.left - inset.right) / size, weight);
    if (lines.length <= linesAllowed(size)) return setting(size, clean, lines, false);
  }
  const inset = inkInset(minFontSize, lineHeight, weight);
  const maxEm = (width - inset.left - inset.right) / minFontSize;
  const shortened = shorten(clean, maxEm, linesAllowed(minFontSize), weight);
  return setting(minFontSize, shortened, wrapLines(shortened, maxEm, weight), true);
}
