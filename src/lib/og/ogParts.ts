import type { OgFontWeight } from './advanceWidths';
import type { FittedText } from './fitText';
import { h, type OgElement, type OgStyle } from './ogElement';
import { ogColors } from './ogTheme';

/** The label every illustrative card and poster carries. */
export const illustrativeLabel = 'Dữ liệu minh họa';

/** CSS weight of a fitted text's weight. */
export const cssWeight: Readonly<Record<OgFontWeight, number>> = { regular: 400, bold: 700 };

/**
 * A text set as `fitText` chose: a block `width` pixels wide with the chosen size and line height,
 * the insets as padding (room for marks outside the line boxes), long words breakable anywhere as
 * the estimate assumed, kerning off when a word may be broken between letters.
 */
export function fittedBlock(
  fit: FittedText,
  width: number,
  weight: OgFontWeight,
  style: OgStyle,
  part: string,
): OgElement {
  const { top, right, bottom, left } = fit.inset;
  return h(
    'div',
    {
      display: 'block',
      boxSizing: 'border-box',
      width,
      padding: `${top}px ${right}px ${bottom}px ${left}px`,
      fontSize: fit.fontSize,
      lineHeight: `${fit.lineHeight}px`,
      fontWeight: cssWeight[weight],
      overflowWrap: 'anywhere',
      ...(fit.brokenWords ? { fontKerning: 'none' } : {}),
      ...style,
    },
    fit.text,
    part,
  );
}

/**
 * The band across the top: the site name in white on navy, a gold rule under it. `height` pixels in
 * all (the rule included), `fontSize` pixels for the name.
 */
export function siteBand(siteName: string, height: number, fontSize: number): OgElement {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      boxSizing: 'border-box',
      width: '100%',
      height,
      paddingLeft: 64,
      paddingRight: 64,
      backgroundColor: ogColors.brand,
      borderBottom: `6px solid ${ogColors.gold}`,
      color: ogColors.white,
      fontSize,
      fontWeight: 700,
      letterSpacing: 0.5,
    },
    siteName,
    'site',
  );
}

/** The "Dữ liệu minh họa" ribbon: a full-width amber band `height` pixels high. */
export function illustrativeRibbon(height: number, fontSize: number): OgElement {
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: '100%',
      height,
      backgroundColor: ogColors.ribbon,
      color: ogColors.ribbonText,
      fontSize,
      fontWeight: 700,
      letterSpacing: 1,
    },
    illustrativeLabel,
    'ribbon',
  );
}

/** The kind of page ("Kế hoạch", "Quyết định khen thưởng") in red, with an optional note pill. */
export function kindRow(kindLabel: string, note: string | undefined, fontSize: number): OgElement {
  return h('div', { display: 'flex', alignItems: 'center', gap: 16, fontSize, fontWeight: 700 }, [
    h('div', { display: 'flex', color: ogColors.accent }, kindLabel, 'kind'),
    ...(note === undefined
      ? []
      : [
          h(
            'div',
            {
              display: 'flex',
              paddingLeft: 12,
              paddingRight: 12,
              border: `2px solid ${ogColors.muted}`,
              borderRadius: 6,
              color: ogColors.muted,
              fontSize: Math.round(fontSize * 0.85),
            },
            note,
            'note',
          ),
        ]),
  ]);
}
