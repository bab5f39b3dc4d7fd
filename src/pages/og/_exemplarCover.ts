// Where an exemplar's cover photo is on disk, for the card and the poster. Not a route.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import matter from 'gray-matter';
import type { ExemplarCoverFile } from '../../lib/og/ogCardData';

/** The parts of an `exemplars` entry this reads. */
interface ExemplarEntryLike {
  readonly id: string;
  /** The story file, relative to the project root (set by Astro's glob loader). */
  readonly filePath?: string | undefined;
  readonly data: { readonly cover: { readonly image: unknown; readonly credit: string } };
}

/**
 * The cover photo file of an exemplar and its credit. Astro's image metadata keeps the source path
 * in a hidden `fsPath` during builds; when it is not there, the path is read from the story's front
 * matter (`cover.image`, relative to the story file). `file` is undefined when neither gives one:
 * the card then shows a plain panel.
 */
export async function exemplarCoverFile(entry: ExemplarEntryLike): Promise<ExemplarCoverFile> {
  const { image, credit } = entry.data.cover;
  const fsPath: unknown =
    typeof image === 'object' && image !== null ? Reflect.get(image, 'fsPath') : undefined;
  if (typeof fsPath === 'string' && fsPath !== '') return { file: fsPath, credit };
  if (typeof image === 'string' && entry.filePath !== undefined) {
    return { file: resolve(dirname(entry.filePath), image), credit };
  }
  if (entry.filePath === undefined) return { credit };
  const { data } = matter(await readFile(resolve(entry.filePath), 'utf8'));
  const written: unknown = Reflect.get(Reflect.get(data, 'cover') ?? {}, 'image');
  return typeof written === 'string'
    ? { file: resolve(dirname(entry.filePath), written), credit }
    : { credit };
}
