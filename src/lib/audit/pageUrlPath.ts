/**
 * The address path a built file is served at, for a site built with `build.format: 'directory'`:
 * `index.html` → `/`, `van-ban/x/index.html` → `/van-ban/x/`, `404.html` → `/404.html`,
 * `khen-thuong/khen-thuong.csv` → `/khen-thuong/khen-thuong.csv`.
 *
 * @param file - a path relative to the output folder, with `/` separators and no leading `/`.
 * @returns the path, starting with `/`, not percent-encoded.
 */
export function pageUrlPath(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}
