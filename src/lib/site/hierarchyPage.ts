import { hierarchyForest } from '../hierarchy/hierarchyForest';
import { layoutHierarchy, type HierarchyLayout } from '../hierarchy/layoutHierarchy';
import { notCarriedOut } from '../hierarchy/notCarriedOut';
import { trimToDepth } from '../hierarchy/treeNode';
import { diagramLevelLabel } from '../format/labels';
import { resolveTree, type RelatedDocument } from './relatedDocuments';
import type { DocumentSummary, SiteModel } from './siteModel';

/** One chain of direction: its top document as a tree, and a heading naming it. */
export interface Chain {
  readonly id: string;
  /** "Từ Chỉ thị 41-CT/TW (Bộ Chính trị)". */
  readonly heading: string;
  readonly root: RelatedDocument;
}

/** Everything the page `/he-thong-chi-dao/` shows. */
export interface HierarchyPageProps {
  /** Chains from top documents down, each document under its most specific parent. */
  readonly chains: readonly Chain[];
  /** The diagram drawn from the same forest. */
  readonly layout: HierarchyLayout;
  /** A one-sentence text alternative for the diagram. */
  readonly diagramSummary: string;
  /** Directing documents no lower level carries out. */
  readonly notCarriedOut: readonly DocumentSummary[];
  /** The label lines of each diagram band (aligned with `layout.bands`). */
  readonly bandLabels: readonly (readonly string[])[];
  /** Documents in all chains; more than drawn and listed when above {@link hierarchyShownLimit}. */
  readonly total: number;
  /** Documents drawn and listed. */
  readonly shown: number;
}

/**
 * At most this many documents drawn and listed on the hierarchy page; above, the chains stop at the
 * deepest level that fits, each document there saying how many documents below it carry it out.
 */
export const hierarchyShownLimit = 400;

/** Computes the props of the hierarchy page. */
export function hierarchyPage(model: SiteModel): HierarchyPageProps {
  const trimmed = trimToDepth(hierarchyForest(model.graph), hierarchyShownLimit);
  const forestIds = trimmed.nodes;
  const forest = resolveTree(model, forestIds);
  const layout = layoutHierarchy(forestIds, (id) => {
    const s = model.documentById.get(id);
    return s === undefined
      ? { lines: [id] }
      : { lines: [s.displayName, s.issuerShortName, s.issuedLabel], level: s.level };
  });
  const roots = forest.map((n) => n.summary?.displayName ?? n.id);
  return {
    chains: forest.map((root) => ({
      id: root.id,
      heading: root.summary
        ? `Từ ${root.summary.displayName} (${root.summary.issuerName})`
        : `Từ ${root.id}`,
      root,
    })),
    layout,
    diagramSummary:
      roots.length === 0
        ? 'Chưa có chuỗi văn bản chỉ đạo nào.'
        : `Sơ đồ ${roots.length} chuỗi văn bản chỉ đạo, bắt đầu từ: ${roots.join('; ')}. Danh sách bên dưới có cùng nội dung.`,
    notCarriedOut: notCarriedOut(model.graph)
      .map((n) => model.documentById.get(n.id))
      .filter((s): s is DocumentSummary => s !== undefined),
    total: trimmed.total,
    shown: trimmed.shown,
    bandLabels: layout.bands.map((b) =>
      b.level === undefined ? ['Chưa rõ cấp'] : diagramLevelLabel(b.level),
    ),
  };
}
