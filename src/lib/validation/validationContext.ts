import type { CollectionName } from '../../schemas/shared/idReference';
import type { DraftFile } from './contentSources';
import type { ParsedEntry } from './parseSource';

/** What the cross-entry checks see: every parsed entry, the ids that exist, the drafts, and the clock. */
export interface ValidationContext {
  /** The content folder as shown to editors (`content`). */
  readonly contentRoot: string;
  readonly entries: readonly ParsedEntry[];
  /** Ids of every published file per collection, valid or not (a reference to a broken file resolves). */
  readonly ids: Readonly<Record<CollectionName, ReadonlySet<string>>>;
  readonly drafts: readonly DraftFile[];
  /** "Today" for the future-date check. */
  readonly today: Date;
  /** How many days after today an issue date may lie before it is reported (default 31). */
  readonly futureMarginDays: number;
}

/** The entries of one collection. */
export function entriesOf(
  context: ValidationContext,
  collection: CollectionName,
): readonly ParsedEntry[] {
  return context.entries.filter((entry) => entry.collection === collection);
}
