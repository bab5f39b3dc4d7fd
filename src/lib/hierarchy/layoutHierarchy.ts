import {
  levelOrder,
  organizationLevels,
  type OrganizationLevel,
} from '../organizations/organizationTerms';
import type { TreeNode } from './treeNode';

/** What a box shows and where it belongs. */
export interface BoxContent {
  /** Lines of text, first one bold (kind + number), then issuer, then date. */
  readonly lines: readonly string[];
  readonly level?: OrganizationLevel | undefined;
}

/** A box of the diagram, in SVG user units. */
export interface LayoutBox {
  /** Unique within the diagram (a document may appear twice: under two parents). */
  readonly key: string;
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly string[];
  readonly level?: OrganizationLevel | undefined;
  readonly cycle: boolean;
}

/** A connector from a parent box to a child box, as SVG path data. */
export interface LayoutLink {
  readonly key: string;
  readonly d: string;
}

/**
 * A horizontal band for one level (Trung ương, cấp tỉnh …; unknown levels last), holding one or more
 * rows of boxes; labelled once on the left.
 */
export interface LayoutBand {
  /** Undefined for the band of documents whose level is unknown. */
  readonly level?: OrganizationLevel | undefined;
  /** Top and height of the band's background: half a gap above its first row, below its last. */
  readonly y: number;
  readonly height: number;
  /** Baseline of the first label line. */
  readonly labelY: number;
}

export interface HierarchyLayout {
  readonly width: number;
  readonly height: number;
  readonly bands: readonly LayoutBand[];
  readonly boxes: readonly LayoutBox[];
  readonly links: readonly LayoutLink[];
}

/** Sizes in SVG user units (CSS pixels at scale 1). */
export interface LayoutOptions {
  readonly boxWidth: number;
  readonly boxHeight: number;
  readonly gapX: number;
  readonly gapY: number;
  /** Room on the left for the level labels. */
  readonly labelWidth: number;
  readonly margin: number;
  /** Longest line, in characters, before it is cut with "…". */
  readonly maxChars: number;
}

export const defaultLayoutOptions: LayoutOptions = {
  boxWidth: 212,
  boxHeight: 66,
  gapX: 20,
  gapY: 34,
  labelWidth: 104,
  margin: 12,
  maxChars: 26,
};

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * Cuts `text` to at most `max` characters (graphemes, so a letter with its diacritics counts once),
 * ending with "…" when cut.
 */
export function fitText(text: string, max: number): string {
  const chars = Array.from(graphemes.segment(text), (s) => s.segment);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}

interface Placed {
  readonly node: TreeNode;
  readonly key: string;
  /** Band index (level order; 4 for unknown) and row inside the band. */
  readonly band: number;
  readonly sub: number;
  x: number;
  readonly children: Placed[];
}

const unknownBand = 4;

/**
 * Lays out a hierarchy forest for an SVG drawn at build time: one band per administrative level
 * (Trung ương at the top, cấp xã at the bottom, unknown levels last), boxes of equal size, each leaf in
 * its own column, each parent centred over its children, trees side by side. A child at the same
 * level as its parent (a provincial plan carrying out a provincial directive) gets a second row inside
 * the same band, so every band keeps its label; a child whose level is above its parent's (a content
 * oddity) is drawn in the parent's band, one row lower, so that lines always go down.
 *
 * @param forest the trees to draw (see `hierarchyForest`)
 * @param content the text and level of each document id
 */
export function layoutHierarchy(
  forest: readonly TreeNode[],
  content: (id: string) => BoxContent,
  options: LayoutOptions = defaultLayoutOptions,
): HierarchyLayout {
  const { boxWidth, boxHeight, gapX, gapY, labelWidth, margin, maxChars } = options;
  let column = 0;
  let keyCounter = 0;
  const place = (node: TreeNode, parent: Placed | undefined): Placed => {
    const level = content(node.id).level;
    const ownBand = level === undefined ? unknownBand : levelOrder[level];
    const below = parent === undefined || ownBand > parent.band;
    const band = below ? ownBand : parent.band;
    const sub = below ? 0 : parent.sub + 1;
    const placed: Placed = { node, key: `b${keyCounter++}`, band, sub, x: 0, children: [] };
    placed.children.push(...node.children.map((c) => place(c, placed)));
    const first = placed.children[0];
    const last = placed.children[placed.children.length - 1];
    if (first === undefined || last === undefined) {
      placed.x = column * (boxWidth + gapX);
      column += 1;
    } else {
      placed.x = (first.x + last.x) / 2;
    }
    return placed;
  };
  const trees: Placed[] = [];
  for (const tree of forest) {
    trees.push(place(tree, undefined));
    column += 0.5; // a wider gap between trees
  }

  const all: Placed[] = [];
  const collect = (p: Placed): void => {
    all.push(p);
    p.children.forEach(collect);
  };
  trees.forEach(collect);

  // Rows: every (band, row inside band) pair in use, top down.
  const rowKeys = [...new Set(all.map((p) => p.band * 1000 + p.sub))].sort((a, b) => a - b);
  const rowIndex = new Map(rowKeys.map((k, i) => [k, i]));
  const rowOf = (p: Placed): number => rowIndex.get(p.band * 1000 + p.sub) ?? 0;
  const rowCount = rowKeys.length;
  const rowY = (row: number): number => margin + row * (boxHeight + gapY);
  const left = margin + labelWidth;

  const bands: LayoutBand[] = [];
  for (const band of [...new Set(all.map((p) => p.band))].sort((a, b) => a - b)) {
    const rows = rowKeys
      .filter((k) => Math.floor(k / 1000) === band)
      .map((k) => rowIndex.get(k) ?? 0);
    const firstRow = Math.min(...rows);
    const lastRow = Math.max(...rows);
    const y = Math.max(0, rowY(firstRow) - gapY / 2);
    bands.push({
      level: organizationLevels.find((l) => levelOrder[l] === band),
      y,
      height: rowY(lastRow) + boxHeight + gapY / 2 - y,
      labelY: rowY(firstRow) + 24,
    });
  }

  const boxes: LayoutBox[] = all.map((p) => {
    const c = content(p.node.id);
    return {
      key: p.key,
      id: p.node.id,
      x: left + p.x,
      y: rowY(rowOf(p)),
      width: boxWidth,
      height: boxHeight,
      lines: c.lines.map((line) => fitText(line, maxChars)),
      level: c.level,
      cycle: p.node.cycle,
    };
  });

  const links: LayoutLink[] = [];
  for (const parent of all) {
    for (const child of parent.children) {
      const x1 = left + parent.x + boxWidth / 2;
      const y1 = rowY(rowOf(parent)) + boxHeight;
      const x2 = left + child.x + boxWidth / 2;
      const y2 = rowY(rowOf(child));
      const midY = y1 + gapY / 2;
      links.push({
        key: `${parent.key}-${child.key}`,
        d: `M${x1} ${y1}V${midY}H${x2}V${y2}`,
      });
    }
  }

  const widest = boxes.reduce((max, b) => Math.max(max, b.x + b.width), left);
  return {
    width: Math.ceil(widest + margin),
    height: Math.ceil(rowCount === 0 ? 2 * margin : rowY(rowCount - 1) + boxHeight + margin),
    bands,
    boxes,
    links,
  };
}
