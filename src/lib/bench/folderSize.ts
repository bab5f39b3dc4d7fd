/**
 * Sizes of a built site: bytes of every file under a folder, and the number of HTML pages.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` (relative paths, `/`-separated), or [] when it does not exist. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) =>
      f.split('\\').join('/'),
    );
  } catch {
    return [];
  }
}

/** Total bytes of the regular files under `dir` (0 when it does not exist). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const file of filesUnder(dir)) {
    const info = statSync(join(dir, file), { throwIfNoEntry: false });
    if (info?.isFile() === true) total += info.size;
  }
  return total;
}

/** The number of `.html` files under `dir`, Pagefind's folder excluded. */
export function htmlPageCount(dir: string): number {
  return filesUnder(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length;
}
