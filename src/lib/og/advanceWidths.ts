/**
 * Advance widths of the committed Be Vietnam Pro fonts (src/assets/fonts/), in thousandths of an
 * em, for the characters listed in `advanceWidthChars`: printable ASCII, đ Đ and common typographic
 * marks. A Vietnamese letter with marks is measured by its base letter (see `textWidthEm`). Read
 * from the font files by tests/unit/og/advanceWidths.test.ts, which fails and prints the new table
 * when a font changes.
 */

/** The characters measured, in the order of the width lists. */
export const advanceWidthChars =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~đĐ‘’“”–—…·«»';

/** The two weights the templates use. */
export type OgFontWeight = 'regular' | 'bold';

/** Advance widths (1/1000 em) by weight, one per character of `advanceWidthChars`. */
export const advanceWidths: Readonly<Record<OgFontWeight, readonly number[]>> = {
  // prettier-ignore
  regular: [230,280,318,807,645,849,740,179,439,439,497,608,303,608,286,503,676,385,651,660,710,660,680,594,634,680,286,303,556,726,556,573,1005,736,674,775,728,620,633,783,709,258,465,679,624,853,732,826,644,822,668,635,650,725,706,1005,720,665,660,459,485,459,559,702,202,642,652,613,652,599,386,643,583,264,274,555,255,893,573,642,652,652,392,508,428,566,576,870,559,583,502,426,408,426,468,662,788,287,217,370,407,682,868,726,255,644,644],
  // prettier-ignore
  bold: [230,341,391,845,649,871,763,222,453,453,513,652,346,607,335,541,700,431,664,680,720,682,700,598,668,700,335,346,573,752,573,621,1018,769,709,780,751,642,644,790,732,290,491,716,643,888,749,828,679,826,712,666,686,738,745,1057,769,718,667,504,531,504,612,736,288,658,668,629,668,618,409,659,608,296,301,599,288,896,598,658,668,668,429,537,438,588,594,884,608,597,521,480,434,480,490,684,784,262,234,444,456,704,869,863,305,739,739],
};

/** Vertical metrics and ink extents of a font, in thousandths of an em (y up from the baseline). */
export interface OgFontMetrics {
  /** Ascender (OS/2 typo, used for line boxes). */
  readonly ascent: number;
  /** Descender, as a positive depth below the baseline. */
  readonly descent: number;
  /** Highest ink of any measured letter ("Ẳ": stacked marks rise well above the ascender). */
  readonly inkTop: number;
  /** Lowest ink, as a positive depth below the baseline ("ạ"). */
  readonly inkBottom: number;
  /** Farthest ink right of a letter's advance ("ư": the horn). */
  readonly inkRight: number;
  /** Farthest ink left of a letter's origin. */
  readonly inkLeft: number;
}

/**
 * Metrics of the committed fonts over the Vietnamese letters and `advanceWidthChars`: what decides
 * how much room to keep around a text block so that marks drawn outside the line boxes are not cut
 * off.
 */
export const fontMetrics: Readonly<Record<OgFontWeight, OgFontMetrics>> = {
  regular: { ascent: 1000, descent: 265, inkTop: 1199, inkBottom: 227, inkRight: 29, inkLeft: 45 },
  bold: { ascent: 1000, descent: 265, inkTop: 1223, inkBottom: 247, inkRight: 53, inkLeft: 42 },
};
