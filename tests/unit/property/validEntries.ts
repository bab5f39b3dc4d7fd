/**
 * Known-valid entries for the property tests, read from the committed content (`content/`) and the
 * shared fixtures (`tests/fixtures/content-basic/`) through the validation pass's own parser, so they
 * are exactly what a schema sees in a build. Also the helpers that walk, read and replace a field by
 * its path, so a property can break one field of a valid entry at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { collectionFiles, type SourceFile } from '../../../src/lib/validation/contentSources';
import { parseSource } from '../../../src/lib/validation/parseSource';
import type { CollectionName } from '../../../src/schemas/shared/idReference';

/** The repository root. */
export const repositoryRoot = join(import.meta.dirname, '../../..');

/** The content folders valid entries are taken from. */
export const validContentRoots: readonly string[] = [
  join(repositoryRoot, 'content'),
  join(repositoryRoot, 'tests/fixtures/content-basic'),
];

/** One key of a path into an entry: a field name or a list index. */
export type PathKey = string | number;

/** A valid entry as a schema reads it. */
export interface ValidEntry {
  /** The file it comes from, relative to the repository. */
  readonly file: string;
  readonly data: Record<string, unknown>;
}

const listFiles = (dir: string, extension: string): string[] => {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
      .sort();
  } catch {
    return [];
  }
};

/** Every file of a collection in the valid content folders, as the validation pass reads it. */
export function collectionSources(collection: CollectionName): SourceFile[] {
  const { folder, extension } = collectionFiles[collection];
  return validContentRoots.flatMap((root) =>
    listFiles(join(root, folder), extension).map((name) => ({
      collection,
      id: name.slice(0, -extension.length),
      file: join(root, folder, name).slice(repositoryRoot.length + 1),
      text: readFileSync(join(root, folder, name), 'utf8'),
    })),
  );
}

/** Every holiday list (`holidays/<year>.json`) of the valid content folders. */
export function holidaySources(): { name: string; file: string; text: string }[] {
  return validContentRoots.flatMap((root) =>
    listFiles(join(root, 'holidays'), '.json').map((name) => ({
      name: name.slice(0, -5),
      file: join(root, 'holidays', name).slice(repositoryRoot.length + 1),
      text: readFileSync(join(root, 'holidays', name), 'utf8'),
    })),
  );
}

/** Every path in a value, objects and lists included, depth first (not the empty root path). */
export function allPaths(value: unknown, prefix: readonly PathKey[] = []): PathKey[][] {
  const children: [PathKey, unknown][] = Array.isArray(value)
    ? value.map((item: unknown, index): [PathKey, unknown] => [index, item])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => {
    const path = [...prefix, key];
    return [path, ...allPaths(child, path)];
  });
}

/** The value at a path, or undefined. */
export function valueAt(value: unknown, path: readonly PathKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

/**
 * A deep copy of `value` with the field at `path` replaced by `replacement` (deleted when
 * `replacement` is the symbol {@link removed}).
 */
export function withValueAt(
  value: unknown,
  path: readonly PathKey[],
  replacement: unknown,
): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...(value as unknown[])];
    if (rest.length === 0 && replacement === removed) copy.splice(Number(key), 1);
    else copy[Number(key)] = withValueAt(copy[Number(key)], rest, replacement);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<PathKey, unknown> = { ...(value as Record<PathKey, unknown>) };
    if (rest.length === 0 && replacement === removed) Reflect.deleteProperty(copy, key);
    else copy[key] = withValueAt(copy[key], rest, replacement);
    return copy;
  }
  return value;
}

/** Marks a field to delete in {@link withValueAt}. */
export const removed: unique symbol = Symbol('removed');

/**
 * The valid entries of one collection that together show every variant (e.g. each `status`), richest
 * first: for each variant, the `perVariant` entries with the most field paths, so that replacing one
 * field at a time reaches as many nested fields as the content has.
 *
 * @param variantOf the discriminant of an entry (`status`, `kind`), or a constant
 * @throws when no valid entry exists, so a broken fixture cannot make a property test vacuous
 */
export function richestValidEntries(
  candidates: readonly ValidEntry[],
  schema: z.ZodType,
  variantOf: (data: Record<string, unknown>) => string,
  perVariant = 2,
): ValidEntry[] {
  const valid = candidates.filter((entry) => schema.safeParse(entry.data).success);
  if (valid.length === 0) throw new Error('no valid entry to start from');
  const byVariant = new Map<string, ValidEntry[]>();
  for (const entry of valid) {
    const variant = variantOf(entry.data);
    byVariant.set(variant, [...(byVariant.get(variant) ?? []), entry]);
  }
  return [...byVariant.values()].flatMap((entries) =>
    [...entries]
      .sort(
        (a, b) => allPaths(b.data).length - allPaths(a.data).length || (a.file < b.file ? -1 : 1),
      )
      .slice(0, perVariant),
  );
}

/** The parsed data of every file of a collection in the valid content folders. */
export function collectionEntries(collection: CollectionName): ValidEntry[] {
  return collectionSources(collection).flatMap((source) => {
    const { entry } = parseSource(source);
    return entry.data === null ? [] : [{ file: source.file, data: entry.data }];
  });
}

/** The parsed data of every holiday list in the valid content folders. */
export function holidayEntries(): ValidEntry[] {
  return holidaySources().map((source) => ({
    file: source.file,
    data: JSON.parse(source.text) as Record<string, unknown>,
  }));
}
