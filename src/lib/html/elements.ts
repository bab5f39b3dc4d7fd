/**
 * The elements of an HTML page, parsed with parse5 (the spec-compliant parser Astro's Markdown
 * pipeline also uses), as plain name + attribute records, for the checks that read built pages.
 */
import { parse } from 'parse5';

/**
 * One element written in the page (elements the parser only implies, such as a missing `<body>`, are
 * left out): its tag name (lower case), attributes by name (character references decoded; the first
 * of two same-named attributes wins, as in browsers), and its text for script, style and title.
 */
export interface HtmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** The text inside, for `<script>`, `<style>` and `<title>` elements only (else `''`). */
  readonly text: string;
}

interface Parse5Node {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly value?: string;
  readonly attrs?: readonly { readonly name: string; readonly value: string }[];
  readonly childNodes?: readonly Parse5Node[];
  readonly content?: Parse5Node;
  /** Set when the element was written in the source; absent for elements the parser implied. */
  readonly sourceCodeLocation?: unknown;
}

const textElements = new Set(['script', 'style', 'title']);

function* walk(node: Parse5Node): Generator<Parse5Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content !== undefined) yield* walk(node.content);
}

/**
 * Every element of a page in document order (template contents included).
 *
 * @param html a whole page or a fragment
 */
export function htmlElements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  for (const node of walk(parse(html, { sourceCodeLocationInfo: true }))) {
    if (node.tagName === undefined || node.sourceCodeLocation == null) continue;
    const attributes: Record<string, string> = {};
    for (const a of node.attrs ?? []) attributes[a.name] = a.value;
    const text = textElements.has(node.tagName)
      ? (node.childNodes ?? []).map((c) => c.value ?? '').join('')
      : '';
    found.push({ name: node.tagName, attributes, text });
  }
  return found;
}

/** Script types a browser does not run: data blocks such as JSON-LD (`application/ld+json`). */
export function isDataBlockScript(element: HtmlElement): boolean {
  const type = element.attributes['type'];
  return (
    element.name === 'script' &&
    type !== undefined &&
    type !== '' &&
    type !== 'module' &&
    !/javascript|ecmascript/i.test(type)
  );
}
