import type { CollectionName } from '../../schemas/shared/idReference';

/** One content file as text, before parsing: what the pure checks take, so tests need no disk. */
export interface SourceFile {
  readonly collection: CollectionName;
  /** The entry id: the path inside the collection folder without extension (`bo-chinh-tri`). */
  readonly id: string;
  /** Path shown to editors, relative to the repository: `content/organizations/bo-chinh-tri.json`. */
  readonly file: string;
  /** The file's text, UTF-8 decoded. */
  readonly text: string;
}

/** A draft: a file the loader skips because its name (or a folder on its path) starts with `_`. */
export interface DraftFile {
  readonly collection: CollectionName;
  /** The id the file would have once published: its path without extension and without the `_`. */
  readonly publishedId: string;
  readonly file: string;
}

/**
 * One file of `content/holidays/` (`<year>.json`, see `src/schemas/holidays.ts`): not an Astro
 * collection, but data the working-day count reads, so it is validated too.
 */
export interface HolidaySource {
  /** The file name without `.json`: the year it must hold ("2026"). */
  readonly name: string;
  /** Path shown to editors: `content/holidays/2026.json`. */
  readonly file: string;
  readonly text: string;
}

/** Everything a validation pass looks at, read from one content folder. */
export interface ContentSources {
  /** The content folder as shown to editors (`content`, `tests/fixtures/validation/valid`). */
  readonly contentRoot: string;
  readonly sources: readonly SourceFile[];
  readonly drafts: readonly DraftFile[];
  /**
   * The files of `holidays/`; absent when the caller did not read them (then neither the files nor
   * the holiday coverage of open consultations is checked).
   */
  readonly holidays?: readonly HolidaySource[];
}

/** Where each collection lives inside the content folder and which files it reads (Astro's loader). */
export const collectionFiles: Readonly<
  Record<CollectionName, { folder: string; extension: string }>
> = {
  documents: { folder: 'documents', extension: '.md' },
  organizations: { folder: 'organizations', extension: '.json' },
  awardForms: { folder: 'award-forms', extension: '.json' },
  awardDecisions: { folder: 'award-decisions', extension: '.json' },
  exemplars: { folder: 'exemplars', extension: '.mdx' },
  movements: { folder: 'movements', extension: '.json' },
};

/** "document" / "organization" / "award form" / "award decision": the word for one entry of a collection, in messages. */
export const entryNoun: Readonly<Record<CollectionName, string>> = {
  documents: 'document',
  organizations: 'organization',
  awardForms: 'award form',
  awardDecisions: 'award decision',
  exemplars: 'exemplar',
  movements: 'movement',
};

/** "văn bản" / "cơ quan": the Vietnamese word for one entry of a collection, in messages. */
export const entryNounVi: Readonly<Record<CollectionName, string>> = {
  documents: 'văn bản',
  organizations: 'cơ quan',
  awardForms: 'hình thức khen thưởng',
  awardDecisions: 'quyết định khen thưởng',
  exemplars: 'điển hình',
  movements: 'phong trào thi đua',
};

/** The path an entry with `id` has (or would have) in a collection: `content/documents/<id>.md`. */
export function entryPath(contentRoot: string, collection: CollectionName, id: string): string {
  const { folder, extension } = collectionFiles[collection];
  return `${contentRoot}/${folder}/${id}${extension}`;
}
