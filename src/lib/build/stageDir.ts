import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { toSlug } from '../text/toSlug';

/**
 * A folder's name for the build's own folders (its cache, its stage): the folder's name as a slug,
 * then 10 hex digits of the SHA-256 of its whole path, so two folders of the same name elsewhere get
 * different ones ("content-3f2a9c01bd").
 *
 * @param path an absolute folder path
 * @param fallback the name used when the folder's name has no letter or digit to slug
 */
export function folderKey(path: string, fallback: string): string {
  let name: string;
  try {
    name = toSlug(basename(path));
  } catch {
    // toSlug throws on a name without letters or digits.
    name = fallback;
  }
  return `${name}-${createHash('sha256').update(path).digest('hex').slice(0, 10)}`;
}

/**
 * The folder a build stages its site in before swapping it into the output folder
 * (scripts/build.ts): one per output folder, named the same on every build. Astro's incremental build
 * hashes each page's code, and the code of pages that show images holds the output path
 * (astro:assets), so a new stage name on every run made every such page render again. The build
 * holds `<stage>.lock` while it runs, so two builds into one output folder cannot overlap.
 *
 * @param buildRoot the project's `.build` folder (absolute)
 * @param outDir the output folder (absolute, OUT_DIR)
 * @returns `<buildRoot>/stage-<folderKey of outDir>`
 */
export function stageDirFor(buildRoot: string, outDir: string): string {
  return join(buildRoot, `stage-${folderKey(outDir, 'out')}`);
}

/**
 * The folder a shard build copies its part of the content into (scripts/shard/copyShard.ts): one per
 * shard and output folder, named the same on every build, so Astro's cache, kept per content folder,
 * is reused by the next build of the same shard.
 *
 * @param buildRoot the project's `.build` folder (absolute)
 * @param shardName the shard's name (SHARD_NAME, or its provinces: "Gia Lai, Lâm Đồng")
 * @param outDir the output folder (absolute, OUT_DIR)
 * @returns `<buildRoot>/shard-<slug of the name, at most 40 characters>-<8 hex digits of the SHA-256 of
 *   outDir>/content`; the slug is `shard` when the name has no letter or digit
 */
export function shardContentDirFor(buildRoot: string, shardName: string, outDir: string): string {
  let slug: string;
  try {
    slug = toSlug(shardName).slice(0, 40).replace(/-+$/, '');
  } catch {
    // toSlug throws on a name without letters or digits.
    slug = 'shard';
  }
  const outHash = createHash('sha256').update(outDir).digest('hex').slice(0, 8);
  return join(buildRoot, `shard-${slug}-${outHash}`, 'content');
}
