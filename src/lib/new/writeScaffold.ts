import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { scaffold, type Scaffold, type ScaffoldKind } from './scaffold';

/** What {@link writeScaffold} did: the file written, or why nothing was. */
export type WriteOutcome =
  | { readonly written: true; readonly file: string; readonly scaffold: Scaffold }
  | { readonly written: false; readonly file: string; readonly reason: string };

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Writes a new draft into `contentDir` (see {@link scaffold}). Never overwrites: when the draft, or the
 * published file it would become, already exists, nothing is written and the reason says which file.
 *
 * @param contentDir the content folder (`content`)
 * @param today the ISO day to date the draft with
 * @returns the path written (`content/exemplars/_ten.mdx`) and the scaffold, or the reason
 */
export async function writeScaffold(
  contentDir: string,
  kind: ScaffoldKind,
  title: string,
  today: string,
): Promise<WriteOutcome> {
  const draft = scaffold(kind, title, today);
  const file = join(contentDir, draft.path);
  const published = join(contentDir, draft.publishedPath);
  for (const existing of [file, published]) {
    if (await exists(existing)) {
      return {
        written: false,
        file: existing,
        reason: `đã có tệp ${existing}; lệnh không ghi đè. Mở tệp đó để sửa, hoặc đặt tên khác. (refusing to overwrite ${existing})`,
      };
    }
  }
  await mkdir(dirname(file), { recursive: true });
  try {
    // "wx": fail rather than overwrite, should the file appear in the meantime.
    await writeFile(file, draft.text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return { written: false, file, reason: `đã có tệp ${file}; lệnh không ghi đè.` };
    }
    throw error;
  }
  return { written: true, file, scaffold: draft };
}
