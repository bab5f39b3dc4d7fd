import { htmlElements } from '../html/elements';

/** One start tag of a page: its lower-case name and its attributes. */
export interface StartTag {
  /** Lower-case element name: `a`, `link`, `img`, `svg` … */
  readonly name: string;
  /**
   * Attributes by lower-case name, values with character references decoded; an attribute written
   * without a value has `''`. When a name repeats, the first one counts (as in browsers).
   */
  readonly attributes: ReadonlyMap<string, string>;
}

/** What the audit needs from a page: its start tags in document order and its title. */
export interface HtmlScan {
  readonly tags: readonly StartTag[];
  /**
   * The text of the first `<title>`, references decoded and white space collapsed; `undefined` when
   * the page has no `<title>` element.
   */
  readonly title: string | undefined;
}

/** Collapses HTML white space (space, tab, line breaks, form feed) and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

/**
 * Reads the elements of an HTML document with parse5 (src/lib/html/elements.ts), as the browser's
 * parser does: comments, doctypes and CDATA are not elements, the content of `<script>` and `<style>`
 * is text (an `<a href>` inside a script is not a link), character references in attribute values are
 * decoded, and malformed markup never throws.
 *
 * @param html - the whole page.
 * @returns the start tags in document order and the page title.
 */
export function scanHtml(html: string): HtmlScan {
  const elements = htmlElements(html);
  const title = elements.find((e) => e.name === 'title');
  return {
    tags: elements.map((e) => ({
      name: e.name,
      attributes: new Map(Object.entries(e.attributes)),
    })),
    title: title === undefined ? undefined : collapseWhitespace(title.text),
  };
}
