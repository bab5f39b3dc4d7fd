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

/** Everything a validation pass looks at, read from one content folder. */
export interface ContentSources {
  /** The content folder as shown to editors (`content`, `tests/fixtures/validation/valid`). */
  readonly contentRoot: string;
  readonly sources: readonly SourceFile[];
  readonly drafts: readonly DraftFile[];
}

/** Where each collection lives inside the content folder and which files it reads (Astro's loader). */
export const collectionFiles: Readonly<
  Record<CollectionName, { folder: string; extension: string }>
> = {
  documents: { folder: 'documents', extension: '.md' },
  organizations: { folder: 'organizations', extension: '.json' },
};

/** "document" / "organization": the word for one entry of a collection, in messages. */
export const entryNoun: Readonly<Record<CollectionName, string>> = {
  documents: 'document',
  organizations: 'organization',
};

/** "văn bản" / "cơ quan": the Vietnamese word for one entry of a collection, in messages. */
export const entryNounVi: Readonly<Record<CollectionName, string>> = {
  documents: 'văn bản',
  organizations: 'cơ quan',
};

/** The path an entry with `id` has (or would have) in a collection: `content/documents/<id>.md`. */
export function entryPath(contentRoot: string, collection: CollectionName, id: string): string {
  const { folder, extension } = collectionFiles[collection];
  return `${contentRoot}/${folder}/${id}${extension}`;
}
