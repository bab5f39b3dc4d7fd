/**
 * Colours, type and sizes shared by the OG card and the poster: the site's own palette
 * (src/styles/global.css) on paper white, Be Vietnam Pro (src/assets/fonts/).
 */

/** The family name the fonts are registered under (src/lib/og/render.ts). */
export const ogFontFamily = 'Be Vietnam Pro';

/** Colours as CSS hex strings. */
export const ogColors = {
  /** Navy of the site header (`--color-brand`). */
  brand: '#12355b',
  /** Red of the site accent (`--color-accent`), for kind labels. */
  accent: '#b3261e',
  /** Gold rule under the header band: commendation. */
  gold: '#c9a227',
  /** Background of cards and posters. */
  paper: '#fbfaf6',
  text: '#0b0c0c',
  muted: '#4a4f55',
  /** "Dữ liệu minh họa" ribbon: the site's notice colours, stronger. */
  ribbon: '#f6c343',
  ribbonText: '#2b1d00',
  white: '#ffffff',
} as const;

/** Size of an Open Graph card, pixels: 1200 × 630 (1.91:1, what Facebook and Zalo show). */
export const ogCardSize = { width: 1200, height: 630 } as const;

/** Size of a poster, pixels: A4 portrait (210 × 297 mm) at 150 dpi, 1240 × 1754. */
export const posterSize = { width: 1240, height: 1754 } as const;
