import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findPersonalData } from '../awards/personalData';
import { imagePathPattern } from '../exemplars/imagePath';
import { allowedComponentList } from '../mdxSafety/allowedComponents';
import { checkMdx, type MdxCheckResult, type MdxPhoto } from '../mdxSafety/checkMdx';
import { entryPath } from './contentSources';
import { nearestIds } from './nearestIds';
import type { ParsedEntry } from './parseSource';
import type { Problem } from './problem';
import { entriesOf, type ValidationContext } from './validationContext';

/**
 * How the check learns a photo's size: bytes, or null when there is no such file. `validateContent`
 * passes {@link diskFileSize}; without it (in-memory tests) photos are not looked up.
 *
 * @param file the path as shown to editors (`content/exemplars/images/x.jpg`)
 */
export type FileSizeFn = (file: string) => number | null;

/** Looks files up on disk, relative to `rootDir` (the folder paths are shown relative to). */
export function diskFileSize(rootDir: string): FileSizeFn {
  return (file) => {
    try {
      const info = statSync(resolve(rootDir, file));
      return info.isFile() ? info.size : null;
    } catch {
      return null;
    }
  };
}

/** Photos larger than this slow every build and the repository; editors resize them first. */
export const maxPhotoBytes = 5 * 1024 * 1024;

/**
 * Rules of exemplar stories (content/exemplars/*.mdx) beyond their schema:
 * - the story is safe MDX (`checkMdx`): no import, export or `{expressions}`, only the components
 *   Figure, Gallery, Quote and AwardList, no HTML, photos in a Figure or Gallery with a description,
 *   safe links; reported with the file's line and the list of allowed components;
 * - no `layout` front matter field (Astro would load it as a component into the page);
 * - `<AwardList decision="…">` names an existing award decision;
 * - the cover photo and every photo in the story exist beside the story and are not over 5 MB;
 * - the story does not publish personal data (citizen ID, phone, e-mail, date of birth, street address),
 *   neither in its text nor in what its components show (caption, credit, by, role, title).
 *
 * @param fileSize how photos are looked up; omit to skip the photo files (but not their paths)
 * @returns problems with `check` `mdx`, `reference`, `image` or `personalData`
 */
export function checkExemplars(context: ValidationContext, fileSize?: FileSizeFn): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entriesOf(context, 'exemplars')) {
    const mdx =
      entry.body === null ? null : checkMdx(entry.body, { firstLine: entry.bodyStartLine });
    if (mdx !== null) problems.push(...checkStory(entry, mdx, context));
    if (fileSize !== undefined) problems.push(...checkPhotos(entry, mdx?.photos ?? [], fileSize));
    if (entry.data !== null && 'layout' in entry.data) {
      problems.push({
        file: entry.file,
        field: 'layout',
        message:
          'the front matter field "layout" is not allowed in a story: Astro would load it as a component, running code in the page.',
        vi: 'Lỗi: bài viết không được có trường "layout".',
        fix: 'delete the line "layout: …"; the site chooses the page layout.',
        check: 'mdx',
      });
    }
  }
  return problems;
}

function checkStory(
  entry: ParsedEntry,
  result: MdxCheckResult,
  context: ValidationContext,
): Problem[] {
  const problems: Problem[] = [];
  for (const p of result.problems) {
    problems.push({
      file: entry.file,
      field: 'body',
      line: p.line,
      message: p.message,
      vi: p.vi,
      fix: p.fix.includes(allowedComponentList)
        ? p.fix
        : `${p.fix} (Allowed components: ${allowedComponentList}; see content/README.md.)`,
      check: 'mdx',
    });
  }
  const decisions = context.ids.awardDecisions;
  for (const use of result.awardLists) {
    if (decisions.has(use.id)) continue;
    const nearest = nearestIds(use.id, decisions);
    problems.push({
      file: entry.file,
      field: 'body',
      line: use.line,
      message: `<AwardList decision="${use.id}"> on line ${use.line}: no award decision "${use.id}".${
        nearest.length > 0 ? ` Nearest: ${nearest.join(', ')}.` : ''
      }`,
      vi: `Lỗi: dòng ${use.line}: không có quyết định khen thưởng "${use.id}".`,
      fix: `correct the id, or add ${entryPath(context.contentRoot, 'awardDecisions', use.id)}.`,
      check: 'reference',
    });
  }
  (entry.body ?? '').split('\n').forEach((text, index) => {
    // Props and photo paths are not prose; the words between tags still are.
    const prose = text.replace(/<\/?[A-Z][^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');
    // The texts a component shows (caption, credit, speaker, role, title) are published too.
    const shown = [...text.matchAll(/\s(?:caption|credit|by|role|title)="([^"]*)"/g)];
    const finding =
      findPersonalData(prose) ??
      shown.map((m) => findPersonalData(m[1] ?? '')).find((f) => f !== null) ??
      null;
    if (finding === null) return;
    const line = entry.bodyStartLine + index;
    problems.push({
      file: entry.file,
      field: 'body',
      line,
      message: `line ${line} ${finding.message.split('. ')[0] ?? ''}: a story must not publish personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).`,
      vi: `Lỗi: dòng ${line} có thông tin cá nhân không được công bố.`,
      fix: 'remove it: stories may name people and their unit, commune and hamlet, never their ID number, phone, e-mail, date of birth or street address.',
      check: 'personalData',
    });
  });
  return problems;
}

/** The cover photo and the story's photos: the files must exist and be of a reasonable size. */
function checkPhotos(
  entry: ParsedEntry,
  storyPhotos: readonly MdxPhoto[],
  fileSize: FileSizeFn,
): Problem[] {
  const photos: { path: string; field: string; line?: number }[] = [];
  const cover = entry.data?.['cover'];
  if (typeof cover === 'object' && cover !== null && 'image' in cover) {
    const image = (cover as Record<string, unknown>)['image'];
    if (typeof image === 'string' && imagePathPattern.test(image)) {
      photos.push({ path: image, field: 'cover.image' });
    }
  }
  for (const photo of storyPhotos)
    photos.push({ path: photo.path, field: 'body', line: photo.line });
  const problems: Problem[] = [];
  const folder = dirname(entry.file);
  for (const photo of photos) {
    const file = join(folder, photo.path).split('\\').join('/');
    const size = fileSize(file);
    const where = photo.line === undefined ? {} : { line: photo.line };
    if (size === null) {
      problems.push({
        file: entry.file,
        field: photo.field,
        ...where,
        message: `the photo ${photo.path} does not exist: there is no file ${file}.`,
        vi: `Lỗi: không tìm thấy tệp ảnh ${file}.`,
        fix: `save the photo as ${file} (mind lower case and the extension .jpg / .png), or correct the path.`,
        check: 'image',
      });
    } else if (size > maxPhotoBytes) {
      problems.push({
        file: entry.file,
        field: photo.field,
        ...where,
        message: `the photo ${file} is ${(size / 1024 / 1024).toFixed(1)} MB; photos must be at most 5 MB.`,
        vi: `Lỗi: ảnh ${file} quá lớn (tối đa 5 MB).`,
        fix: 'resize it to about 2000 pixels wide and save it as JPEG (quality 80–85) before adding it.',
        check: 'image',
      });
    }
  }
  return problems;
}
