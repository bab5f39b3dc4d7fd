import path from 'node:path';

/**
 * The file of a document's original text: `<contentDir>/sources/<source>`.
 *
 * @throws {Error} when `source` would leave the sources folder ("../x", an absolute path)
 */
export function sourcePath(contentDir: string, source: string): string {
  const folder = path.resolve(contentDir, 'sources');
  const file = path.resolve(folder, source);
  if (!file.startsWith(`${folder}${path.sep}`)) {
    throw new Error(
      `source "${source}" must name a file inside ${path.join(contentDir, 'sources')}; write the path relative to that folder`,
    );
  }
  return file;
}
