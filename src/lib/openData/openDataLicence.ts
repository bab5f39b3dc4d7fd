/**
 * The terms the open data is published under, shown on /du-lieu/ and written into every JSON file and
 * feed, so a copy always carries its licence.
 */

/** Creative Commons Attribution 4.0 International: reuse for any purpose, with attribution. */
export const openDataLicence = {
  /** Short name, as reusers cite it. */
  name: 'CC BY 4.0',
  /** Full name in Vietnamese. */
  title: 'Giấy phép Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  /** The licence deed in Vietnamese. */
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;

/** The attribution line a reuser may copy. */
export const attributionText = 'Nguồn: Công khai Thi đua - Khen thưởng';

/** The site's name, as the layout shows it (src/layouts/BaseLayout.astro). */
export const siteName = 'Công khai Thi đua - Khen thưởng';

/** The label on every illustrative (invented) decision, in titles, feeds and summaries. */
export const illustrativeMarker = '[Dữ liệu minh họa]';
