import { formatIssued, issuedSortKey } from '../format/dates';
import { milestoneKindLabel, type MilestoneKind } from '../format/labels';

/** A plan as the timeline needs it: its issue date and its dated milestones. */
export interface TimelinePlan {
  readonly id: string;
  readonly href: string;
  /** "Kế hoạch 33/KH-UBND". */
  readonly displayName: string;
  readonly issued?: string | undefined;
  readonly milestones: readonly {
    readonly kind: MilestoneKind;
    readonly date: string;
    readonly text: string;
  }[];
}

/** An award decision as the timeline needs it. */
export interface TimelineDecision {
  readonly href: string;
  /** "Quyết định 268/QĐ-UBND". */
  readonly displayName: string;
  /** The date lists sort by (issue date, or the day a proposed list was posted). */
  readonly sortDate?: string | undefined;
}

/** One dated event of a movement: a plan issued, a review or report due, an award decided. */
export interface TimelineEvent {
  readonly kind: 'plan' | 'milestone' | 'decision';
  /** The partial ISO date ("2024", "2024-02", "2024-02-15"). */
  readonly date: string;
  /** "15/02/2024", "tháng 02/2024", "năm 2025". */
  readonly dateLabel: string;
  /** "Ban hành", "Sơ kết", "Quyết định khen thưởng". */
  readonly kindLabel: string;
  /** What happened, in one line. */
  readonly text: string;
  /** The page of the plan or decision. */
  readonly href: string;
  /** The plan or decision's name, for the link. */
  readonly linkLabel: string;
}

const kindOrder: Readonly<Record<TimelineEvent['kind'], number>> = {
  plan: 0,
  milestone: 1,
  decision: 2,
};

/**
 * The dated events of a movement, oldest first: the issue date of each plan that names it, the
 * milestones of those plans (sơ kết, tổng kết, hạn báo cáo) and the award decisions that reward them.
 * Events without a date are left out; events on the same day keep the order plan, milestone,
 * decision, then the order given. Pure.
 */
export function movementTimeline(
  plans: readonly TimelinePlan[],
  decisions: readonly TimelineDecision[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const plan of plans) {
    if (plan.issued !== undefined) {
      events.push({
        kind: 'plan',
        date: plan.issued,
        dateLabel: formatIssued(plan.issued),
        kindLabel: 'Ban hành kế hoạch',
        text: plan.displayName,
        href: plan.href,
        linkLabel: plan.displayName,
      });
    }
    for (const milestone of plan.milestones) {
      events.push({
        kind: 'milestone',
        date: milestone.date,
        dateLabel: formatIssued(milestone.date),
        kindLabel: milestoneKindLabel(milestone.kind),
        text: milestone.text,
        href: plan.href,
        linkLabel: plan.displayName,
      });
    }
  }
  for (const decision of decisions) {
    if (decision.sortDate === undefined) continue;
    events.push({
      kind: 'decision',
      date: decision.sortDate,
      dateLabel: formatIssued(decision.sortDate),
      kindLabel: 'Khen thưởng',
      text: decision.displayName,
      href: decision.href,
      linkLabel: decision.displayName,
    });
  }
  return events
    .map((event, index) => ({ event, index, key: issuedSortKey(event.date) }))
    .sort(
      (a, b) =>
        a.key.localeCompare(b.key) ||
        kindOrder[a.event.kind] - kindOrder[b.event.kind] ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}
