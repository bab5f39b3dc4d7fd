import { directingKinds, type DocumentGraph } from '../hierarchy/documentGraph';
import { compareRoots, compareTopDown } from '../hierarchy/compareNodes';
import {
  levelLabels,
  levelOrder,
  organizationLevels,
  type OrganizationLevel,
} from '../organizations/organizationTerms';
import type { DocumentSummary, SiteModel } from '../site/siteModel';
import { implementationLag, lagLabel } from './implementationLag';

/** The day the district level ceased to exist (Nghị quyết 202/2025/QH15). */
export const districtAbolished = '2025-07-01';

/** A document carrying out the directive, directly or through another document. */
export interface CascadeImplementer {
  readonly document: DocumentSummary;
  /** True when it names the directive itself; false when it carries out a document that does. */
  readonly direct: boolean;
  /** For an indirect implementer: the documents it carries out on the way to the directive. */
  readonly via: readonly DocumentSummary[];
  readonly lagDays: number | null;
  /** "sau 64 ngày", "chưa đủ dữ liệu ngày". */
  readonly lagLabel: string;
}

/** One row of the matrix: a level and what was issued there. */
export interface CascadeLevelRow {
  readonly level: OrganizationLevel;
  readonly label: string;
  /**
   * `origin`: the directive's own level (other documents there are listed but none is expected);
   * `issued`: some document; `missing`: expected, none yet; `notApplicable`: the level no longer existed.
   */
  readonly state: 'origin' | 'issued' | 'missing' | 'notApplicable';
  /** The documents issued at this level, top-down order, at most {@link cascadeRowLimit}. */
  readonly implementers: readonly CascadeImplementer[];
  /** Documents of this level left out above the limit (0 when all are listed). */
  readonly hiddenCount: number;
}

/**
 * At most this many documents listed per level of a cascade page: the commune level of a national
 * directive would otherwise list thousands of plans on one page.
 */
export const cascadeRowLimit = 300;

/** A directive and how far down it has been carried out. */
export interface Cascade {
  readonly directive: DocumentSummary;
  readonly rows: readonly CascadeLevelRow[];
  readonly implementerCount: number;
  /** Expected levels without any document yet. */
  readonly missingLevels: readonly string[];
}

/** Children by parent in the hierarchy, computed once per graph (one cascade page per directive). */
const childrenByGraph = new WeakMap<DocumentGraph, Map<string, string[]>>();

function childrenOf(graph: DocumentGraph): Map<string, string[]> {
  let children = childrenByGraph.get(graph);
  if (children === undefined) {
    children = new Map<string, string[]>();
    for (const [child, parents] of graph.hierarchyParents) {
      for (const p of parents) {
        const list = children.get(p);
        if (list === undefined) children.set(p, [child]);
        else list.push(child);
      }
    }
    childrenByGraph.set(graph, children);
  }
  return children;
}

/**
 * Documents below `id` in the hierarchy, each with the path of documents leading up to `id`
 * (breadth first, so the path is a shortest one). Linear in the size of the graph below `id`.
 */
function descendants(graph: DocumentGraph, id: string): Map<string, string[]> {
  const children = childrenOf(graph);
  const found = new Map<string, string[]>();
  const queue: { id: string; path: string[] }[] = [{ id, path: [] }];
  for (let head = 0; head < queue.length; head += 1) {
    const next = queue[head];
    if (next === undefined) break;
    for (const child of children.get(next.id) ?? []) {
      if (child === id || found.has(child)) continue;
      const path = next.id === id ? [] : [...next.path, next.id];
      found.set(child, path);
      queue.push({ id: child, path });
    }
  }
  return found;
}

/**
 * Whether a level is expected to carry out a directive: every level below the directive's own
 * (`origin`; unknown level: every level), except the district level for a directive issued on or after
 * 01/7/2025, when that level no longer existed.
 */
export function expectedLevelState(
  level: OrganizationLevel,
  directive: Pick<DocumentSummary, 'level' | 'issued'>,
): 'origin' | 'expected' | 'above' | 'notApplicable' {
  if (directive.level !== undefined && levelOrder[level] < levelOrder[directive.level])
    return 'above';
  if (level === directive.level) return 'origin';
  if (
    level === 'district' &&
    directive.issued !== undefined &&
    directive.issued >= districtAbolished
  )
    return 'notApplicable';
  return 'expected';
}

/** The cascade of one directive: each expected level with the documents issued there. */
export function buildCascade(model: SiteModel, directiveId: string): Cascade | undefined {
  const directive = model.documentById.get(directiveId);
  if (directive === undefined) return undefined;
  const found = descendants(model.graph, directiveId);
  const implementers = [...found]
    .flatMap(([id, path]) => {
      const node = model.graph.nodes.get(id);
      const document = model.documentById.get(id);
      return node && document ? [{ node, document, path }] : [];
    })
    .sort((a, b) => compareTopDown(a.node, b.node))
    .map(({ document, path }): CascadeImplementer => {
      const lagDays = implementationLag(directive.issued, document.issued);
      return {
        document,
        direct: path.length === 0,
        via: path.flatMap((p) => model.documentById.get(p) ?? []),
        lagDays,
        lagLabel: lagLabel(lagDays),
      };
    });
  const rows = organizationLevels.flatMap((level): CascadeLevelRow[] => {
    const state = expectedLevelState(level, directive);
    const here = implementers.filter((i) => i.document.level === level);
    if (state === 'above' && here.length === 0) return [];
    return [
      {
        level,
        label: levelLabels[level],
        state:
          state === 'origin'
            ? 'origin'
            : here.length > 0
              ? 'issued'
              : state === 'notApplicable'
                ? 'notApplicable'
                : 'missing',
        implementers: here.slice(0, cascadeRowLimit),
        hiddenCount: Math.max(0, here.length - cascadeRowLimit),
      },
    ];
  });
  return {
    directive,
    rows,
    implementerCount: implementers.length,
    missingLevels: rows.filter((r) => r.state === 'missing').map((r) => r.label),
  };
}

/** Every directing document (chỉ thị, nghị quyết, kết luận), top level first, newest first. */
export function cascades(model: SiteModel): Cascade[] {
  return [...model.graph.nodes.values()]
    .filter((n) => directingKinds.has(n.kind))
    .sort(compareRoots)
    .flatMap((n) => buildCascade(model, n.id) ?? []);
}

/** The page of a directive's cascade. */
export function cascadeHref(directiveId: string): string {
  return `/trien-khai/${directiveId}/`;
}
