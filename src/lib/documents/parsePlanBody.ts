import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';

/**
 * The section structure of a plan body (mục, khoản, điểm): `I.` → `1.` → `1.1.` → `a)` → dash items,
 * as Nghị định 30/2020/NĐ-CP Phụ lục I lays out the parts of a văn bản, and as the five seed plans use it.
 *
 * The body is stored as Markdown in this shape (the importer writes it; editors may too):
 *
 * ```md
 * Thực hiện Kế hoạch số 25-KH/TU …        ← preamble: paragraphs before the first marker
 *
 * ## I. MỤC ĐÍCH, YÊU CẦU                  ← a heading-like section (roman)
 *
 * ### 1. Mục đích                          ← a heading-like section (arabic)
 *
 * - Quán triệt …                           ← dash items
 *
 * 2\. Tăng cường vai trò …                 ← a numbered paragraph (escaped so Markdown keeps the number)
 *
 * a) Đối với tập thể                       ← a lettered point
 *
 * Chỉ đạo tổ chức phát động …              ← a paragraph without a marker continues the section above
 *
 * ---                                      ← ends the sections; what follows is the closing
 *
 * Trên đây là Kế hoạch …
 * ```
 *
 * Markdown is parsed with mdast-util-from-markdown; only text is kept, so raw HTML in a body is shown as
 * text, never passed to the page.
 */
export interface PlanSection {
  /** Stable ASCII anchor built from the numbering path: "muc-iii-2", "muc-iv-1-a", "muc-i-1-g2". */
  readonly anchor: string;
  /** The marker as printed, without punctuation: "III", "2", "1.1", "a", "-". */
  readonly marker: string;
  readonly markerKind: MarkerKind;
  /** True when the source line is a Markdown heading (a short title such as "MỤC ĐÍCH, YÊU CẦU"). */
  readonly isHeading: boolean;
  /** The text after the marker: the heading title, or the first paragraph of a numbered item. */
  readonly text: string;
  /** Paragraphs that continue this section before the next marker. */
  readonly paragraphs: string[];
  readonly children: PlanSection[];
}

export type MarkerKind = 'roman' | 'arabic' | 'dotted' | 'letter' | 'dash';

export interface PlanBody {
  readonly preamble: string[];
  readonly sections: PlanSection[];
  readonly closing: string[];
}

const rank: Readonly<Record<MarkerKind, number>> = {
  roman: 1,
  arabic: 2,
  dotted: 3,
  letter: 4,
  dash: 5,
};

interface Marker {
  readonly kind: MarkerKind;
  readonly marker: string;
  readonly text: string;
}

/**
 * Reads the section marker at the start of a line of plan text.
 * "I - MỤC ĐÍCH" → roman I; "IV – TỔ CHỨC" → roman IV; "1.1. Tiếp tục" → dotted 1.1; "a) Đối với" → letter a.
 *
 * @returns the marker, or null for ordinary text
 */
export function readSectionMarker(line: string): Marker | null {
  const text = line.trim();
  const roman = /^([IVX]{1,5})\s*[.\-–—]\s*(\S.*)$/u.exec(text);
  if (roman?.[1] !== undefined && roman[2] !== undefined) {
    return { kind: 'roman', marker: roman[1], text: roman[2] };
  }
  const dotted = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/u.exec(text);
  if (dotted?.[1] !== undefined && dotted[2] !== undefined) {
    return { kind: 'dotted', marker: dotted[1], text: dotted[2] };
  }
  const arabic = /^(\d{1,2})\s*[.)]\s*(\S.*)$/u.exec(text);
  if (arabic?.[1] !== undefined && arabic[2] !== undefined && !/^\d/.test(arabic[2])) {
    return { kind: 'arabic', marker: arabic[1], text: arabic[2] };
  }
  const letter = /^([a-zđ])\)\s*(\S.*)$/u.exec(text);
  if (letter?.[1] !== undefined && letter[2] !== undefined) {
    return { kind: 'letter', marker: letter[1], text: letter[2] };
  }
  return null;
}

interface MutableSection {
  anchor: string;
  marker: string;
  markerKind: MarkerKind;
  isHeading: boolean;
  text: string;
  paragraphs: string[];
  children: MutableSection[];
  dashCount: number;
}

function anchorPart(section: Marker, parent: MutableSection | undefined): string {
  if (section.kind === 'dotted' && parent && section.marker.startsWith(`${parent.marker}.`)) {
    return section.marker.slice(parent.marker.length + 1).replace(/\./g, '-');
  }
  return section.marker.toLowerCase().replace(/đ/g, 'd').replace(/\./g, '-');
}

/**
 * Splits a plan body (Markdown, in the shape described on {@link PlanSection}) into preamble, section
 * tree and closing.
 */
export function parsePlanBody(markdown: string): PlanBody {
  const tree = fromMarkdown(markdown);
  const preamble: string[] = [];
  const closing: string[] = [];
  const roots: MutableSection[] = [];
  const stack: MutableSection[] = [];
  const used = new Map<string, number>();
  let ended = false;
  let rootDashes = 0;
  let top: MutableSection | undefined;

  const open = (marker: Marker, isHeading: boolean): void => {
    while ((top = stack.at(-1)) !== undefined && rank[top.markerKind] >= rank[marker.kind]) {
      stack.pop();
    }
    const parent = stack.at(-1);
    const part =
      marker.kind === 'dash'
        ? `g${parent ? ++parent.dashCount : ++rootDashes}`
        : anchorPart(marker, parent);
    let anchor = parent ? `${parent.anchor}-${part}` : `muc-${part}`;
    const seen = used.get(anchor) ?? 0;
    used.set(anchor, seen + 1);
    if (seen > 0) anchor = `${anchor}_${seen + 1}`;
    const section: MutableSection = {
      anchor,
      marker: marker.marker,
      markerKind: marker.kind,
      isHeading,
      text: marker.text,
      paragraphs: [],
      children: [],
      dashCount: 0,
    };
    (parent ? parent.children : roots).push(section);
    stack.push(section);
  };

  const addText = (text: string): void => {
    const clean = text.trim();
    if (clean === '') return;
    const current = stack.at(-1);
    if (ended) closing.push(clean);
    else if (current === undefined) preamble.push(clean);
    else current.paragraphs.push(clean);
  };

  const visit = (node: RootContent): void => {
    if (ended && node.type !== 'thematicBreak') {
      addText(toString(node));
      return;
    }
    switch (node.type) {
      case 'thematicBreak':
        ended = true;
        return;
      case 'heading':
      case 'paragraph': {
        const text = toString(node).replace(/\s*\n\s*/g, ' ');
        const marker = readSectionMarker(text);
        if (marker) open(marker, node.type === 'heading');
        else if (node.type === 'heading' && stack.length > 0) {
          // An unnumbered heading ("Nơi nhận" is not here; e.g. "Phụ lục") continues the current section.
          addText(text);
        } else addText(text);
        return;
      }
      case 'list':
        for (const item of node.children) {
          const text = toString(item).replace(/\s*\n\s*/g, ' ');
          if (node.ordered === true) {
            addText(text);
          } else open({ kind: 'dash', marker: '-', text }, false);
        }
        // Dash items end with the list: text after them belongs to the enclosing section.
        while (stack.at(-1)?.markerKind === 'dash') stack.pop();
        return;
      default:
        addText(toString(node));
    }
  };

  for (const node of tree.children) visit(node);

  const freeze = (s: MutableSection): PlanSection => ({
    anchor: s.anchor,
    marker: s.marker,
    markerKind: s.markerKind,
    isHeading: s.isHeading,
    text: s.text,
    paragraphs: s.paragraphs,
    children: s.children.map(freeze),
  });
  return { preamble, sections: roots.map(freeze), closing };
}

/** Every section of a tree, depth first, with its depth (0 for top level). */
export function flattenSections(
  sections: readonly PlanSection[],
  depth = 0,
): { section: PlanSection; depth: number }[] {
  return sections.flatMap((section) => [
    { section, depth },
    ...flattenSections(section.children, depth + 1),
  ]);
}
