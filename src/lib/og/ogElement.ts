/**
 * The element trees the OG templates return: plain objects of the shape satori reads instead of JSX
 * (`{ type, props: { style, children } }`, see satori's README "Use without JSX"). Pure data, so
 * tests can walk a tree and find its texts without rendering it.
 */

/**
 * A CSS value of satori's subset: numbers are pixels for lengths, unitless for `lineHeight`,
 * `flexGrow`.
 */
export type OgStyleValue = string | number;

/** Inline styles, camelCased as in React (`fontSize`, `backgroundColor`). */
export type OgStyle = Readonly<Record<string, OgStyleValue>>;

/** A child: an element or a text. */
export type OgChild = OgElement | string;

/** One element: `div`, `span` or `img`. */
export interface OgElement {
  readonly type: 'div' | 'span' | 'img';
  readonly props: {
    readonly style?: OgStyle;
    readonly children?: OgChild | readonly OgChild[];
    /** `img` only: a `data:` URI (never a web address: nothing is fetched at build). */
    readonly src?: string;
    /** `img` only: width in pixels. */
    readonly width?: number;
    /** `img` only: height in pixels. */
    readonly height?: number;
    /** Language of the text, for satori's font and shaping choices. */
    readonly lang?: string;
    /** A name for tests to find a part by (ignored by satori): "title", "ribbon" … */
    readonly 'data-part'?: string;
  };
}

/**
 * Builds an element: `h('div', { display: 'flex' }, ['Kế hoạch'], 'kind')`. `part` names the
 * element for tests (`data-part`).
 */
export function h(
  type: 'div' | 'span',
  style: OgStyle,
  children?: OgChild | readonly OgChild[],
  part?: string,
): OgElement {
  return {
    type,
    props: {
      style,
      ...(children === undefined ? {} : { children }),
      ...(part === undefined ? {} : { 'data-part': part }),
    },
  };
}

function isList(children: OgChild | readonly OgChild[]): children is readonly OgChild[] {
  return Array.isArray(children);
}

/** The children of an element as a list (a single child or none made into a list). */
export function childrenOf(node: OgElement): readonly OgChild[] {
  const { children } = node.props;
  if (children === undefined) return [];
  return isList(children) ? children : [children];
}

/** Every text of a tree, in document order (what tests search for). */
export function textsOf(node: OgChild): string[] {
  return typeof node === 'string' ? [node] : childrenOf(node).flatMap(textsOf);
}

/** The first element whose `data-part` is `part`, depth first; undefined when there is none. */
export function findPart(node: OgChild, part: string): OgElement | undefined {
  if (typeof node === 'string') return undefined;
  if (node.props['data-part'] === part) return node;
  for (const child of childrenOf(node)) {
    const found = findPart(child, part);
    if (found !== undefined) return found;
  }
  return undefined;
}
