import type { AwardsModel, DecisionSummary } from './awardsModel';
import type { ConsultationView } from './consultationView';
import { honourBoardIndex, type HonourBoardYear } from './honourBoard';

/** A proposed list with its consultation, for the consultation page and the home page. */
export interface ConsultationItem {
  readonly decision: DecisionSummary;
  readonly consultation: ConsultationView;
}

/** Proposed lists by where their consultation stands on the build date. */
export interface ConsultationLists {
  /** Open now, the soonest to close first. */
  readonly open: readonly ConsultationItem[];
  /** Posted for a later day, the soonest first. */
  readonly notStarted: readonly ConsultationItem[];
  /** Closed, the most recently closed first, at most `closedLimit`. */
  readonly closed: readonly ConsultationItem[];
}

function items(model: AwardsModel): ConsultationItem[] {
  return model.decisions.flatMap((decision) =>
    decision.consultation === undefined ? [] : [{ decision, consultation: decision.consultation }],
  );
}

const byCloses = (a: ConsultationItem, b: ConsultationItem): number =>
  a.consultation.closes < b.consultation.closes
    ? -1
    : a.consultation.closes > b.consultation.closes
      ? 1
      : 0;

/**
 * Every proposed list, split into open, not yet started and (recently) closed consultations. The
 * split is made once per awards model (the home page and every page of /khen-thuong/ ask for it).
 *
 * @param closedLimit how many closed consultations to keep, the most recently closed first
 */
export function consultationLists(model: AwardsModel, closedLimit = 20): ConsultationLists {
  const all = consultationSplit(model);
  return { ...all, closed: all.closed.slice(0, closedLimit) };
}

const splitByModel = new WeakMap<AwardsModel, ConsultationLists>();

/** {@link consultationLists} with every closed consultation, computed once per awards model. */
function consultationSplit(model: AwardsModel): ConsultationLists {
  const known = splitByModel.get(model);
  if (known !== undefined) return known;
  const all = items(model);
  const split: ConsultationLists = {
    open: all.filter((i) => i.consultation.state === 'open').sort(byCloses),
    notStarted: all.filter((i) => i.consultation.state === 'notStarted').sort(byCloses),
    closed: all.filter((i) => i.consultation.state === 'closed').sort((a, b) => byCloses(b, a)),
  };
  splitByModel.set(model, split);
  return split;
}

/** The newest `limit` decisions and proposed lists. */
export function latestDecisions(model: AwardsModel, limit = 5): DecisionSummary[] {
  return model.decisions.slice(0, limit);
}

/** Decisions that reward a plan or movement document, newest first. */
export function decisionsRewarding(model: AwardsModel, documentId: string): DecisionSummary[] {
  return relatedAwardsIndex(model).byRewarded.get(documentId) ?? [];
}

/** What an organization page shows about awards. */
export interface OrganizationAwards {
  /** Its decisions and proposed lists, newest first. */
  readonly decisions: readonly DecisionSummary[];
  /** Its honour boards, newest year first. */
  readonly honourBoards: readonly HonourBoardYear[];
}

/** An organization's decisions and honour boards. */
export function organizationAwards(model: AwardsModel, organizationId: string): OrganizationAwards {
  const index = relatedAwardsIndex(model);
  return {
    decisions: index.byIssuer.get(organizationId) ?? [],
    honourBoards: index.boardsByIssuer.get(organizationId) ?? [],
  };
}

/** Decisions by the documents they reward and by issuer, and honour boards by issuer. */
interface RelatedAwardsIndex {
  /** Document id → decisions whose `rewards` names it, in model order (newest first). */
  readonly byRewarded: ReadonlyMap<string, DecisionSummary[]>;
  /** Organization id → its decisions and proposed lists, in model order. */
  readonly byIssuer: ReadonlyMap<string, DecisionSummary[]>;
  /** Organization id → its honour boards, newest year first ({@link honourBoardIndex}). */
  readonly boardsByIssuer: ReadonlyMap<string, readonly HonourBoardYear[]>;
}

const relatedIndexByModel = new WeakMap<AwardsModel, RelatedAwardsIndex>();

/**
 * Computed once per awards model: every document page and every organization page asks for its
 * decisions, and filtering all decisions per page made those pages documents × decisions work.
 */
function relatedAwardsIndex(model: AwardsModel): RelatedAwardsIndex {
  const known = relatedIndexByModel.get(model);
  if (known !== undefined) return known;
  const push = (map: Map<string, DecisionSummary[]>, key: string, d: DecisionSummary): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [d]);
    else list.push(d);
  };
  const byRewarded = new Map<string, DecisionSummary[]>();
  const byIssuer = new Map<string, DecisionSummary[]>();
  for (const d of model.decisions) {
    for (const documentId of new Set(d.rewards)) push(byRewarded, documentId, d);
    push(byIssuer, d.issuerId, d);
  }
  const boardsByIssuer = new Map(
    honourBoardIndex(model).map((i) => [i.organizationId, i.years] as const),
  );
  const index = { byRewarded, byIssuer, boardsByIssuer };
  relatedIndexByModel.set(model, index);
  return index;
}
