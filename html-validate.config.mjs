// @ts-check
/**
 * html-validate configuration for the built pages (tests/build/htmlValidity.test.ts validates every
 * .html file of the build with it). Flat config format (html-validate 11.5+).
 *
 * Presets: "recommended" (valid HTML5 plus markup style and the WCAG checks) and "document" (rules for
 * complete documents: doctype, heading levels, form labels, `aria-labelledby`/`for` pointing at ids
 * that exist, SRI). Every change to a preset rule below says why; fix the markup before adding one.
 */
import { defineFlatConfig } from 'html-validate';
import html5 from 'html-validate/elements/html5';
import { document, recommended } from 'html-validate/presets';

export default defineFlatConfig([
  recommended,
  document,
  {
    name: 'thi-dua-khen-thuong',
    // The HTML5 element table: a flat config has no elements unless given (then every tag is unknown).
    elements: [html5],
    rules: {
      // The rule's 70 characters is a search-result display heuristic, not validity or accessibility
      // (WCAG 2.4.2 asks for a descriptive title, not a short one). Our titles lead with what tells
      // pages apart ("Kế hoạch 25-KH/TU: …", "Trách nhiệm: …"), then the subject cut at a word boundary
      // (src/lib/site/documentPage.ts, truncate), then the site name; Vietnamese official names alone
      // often pass 70 characters, and cutting them harder would make titles of related plans identical.
      'long-title': 'off',

      // The awardee table (src/components/AwardeeTable.astro) becomes one block per row on phones
      // (`display: block`), and browsers drop the table semantics of a table displayed that way; the
      // explicit table, rowgroup, row, columnheader, rowheader and cell roles keep it a table for screen
      // readers. Only these roles are exempt; every other redundant role is still an error.
      'no-redundant-role': [
        'error',
        { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] },
      ],

      // Subresource Integrity only for files from other origins: our scripts and stylesheets are served
      // with the page from the same origin, so a hash would protect nothing (whoever can change the file
      // can change the page). A cross-origin script or stylesheet still needs `integrity`.
      'require-sri': ['error', { target: 'crossorigin' }],
    },
  },
]);
