/**
 * Built pages by type, for the tools that look at the whole built site (page weight, security and
 * accessibility sweeps): the address of a built HTML file, its page type, and a sample per type.
 */

/**
 * The address path of a built HTML file: `van-ban/x/index.html` → `/van-ban/x/`, `404.html` →
 * `/404.html`.
 *
 * @param file the file's path relative to the output folder, with `/` separators
 */
export function pagePathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The page type of an address: its first segment kept, every later segment replaced by `[…]`, so all
 * document pages are `/van-ban/[…]/` and all honour boards `/bang-vang/[…]/[…]/`.
 *
 * @param path an address path starting with `/` (`/`, `/van-ban/`, `/404.html`)
 */
export function routePattern(path: string): string {
  const trailing = path.endsWith('/');
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length === 0) return '/';
  const pattern = segments.map((s, i) => (i === 0 ? s : '[…]'));
  return `/${pattern.join('/')}${trailing ? '/' : ''}`;
}

/**
 * A sample of every page type: the first and the last address of each type in sorted order (one when
 * the type has one page), so a sweep covers every kind of page without visiting all of them.
 *
 * @param paths address paths of built pages
 * @returns type → sampled paths, types sorted
 */
export function samplePagesByType(paths: readonly string[]): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const type = routePattern(path);
    byType.set(type, [...(byType.get(type) ?? []), path]);
  }
  const sample = new Map<string, string[]>();
  for (const type of [...byType.keys()].sort()) {
    const list = byType.get(type) ?? [];
    const first = list[0];
    const last = list.at(-1);
    if (first === undefined || last === undefined) continue;
    sample.set(type, first === last ? [first] : [first, last]);
  }
  return sample;
}
