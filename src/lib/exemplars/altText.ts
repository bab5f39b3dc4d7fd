/**
 * The stem of a photo's file name ("chi-hoi-phu-nu" for "./images/chi-hoi-phu-nu.jpg"), from the path
 * an editor wrote or from the `src` of the image Astro made of it ("/_astro/chi-hoi-phu-nu.B3x9a.jpg").
 * Null when it cannot be told.
 */
export function imageFileStem(image: unknown): string | null {
  const src =
    typeof image === 'string'
      ? image
      : typeof image === 'object' &&
          image !== null &&
          'src' in image &&
          typeof image.src === 'string'
        ? image.src
        : null;
  if (src === null) return null;
  const name = src.split(/[?#]/)[0]?.split('/').pop() ?? '';
  // Astro adds a content hash before the extension: name.Hash123.jpg.
  const stem = name.replace(/\.[a-z0-9]+$/i, '').replace(/\.[A-Za-z0-9_-]{6,10}$/, '');
  return stem === '' ? null : stem;
}

/** What a file name compares as: lower case, without diacritics, separators or spaces. */
const squash = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Words that say nothing about the picture. */
const emptyAlts = new Set(['anh', 'hinhanh', 'hinh', 'anhbia', 'photo', 'image', 'picture', 'img']);

/**
 * Why an alt text does not describe its photo, or null when it does. An alt text must say what the photo
 * shows in a sentence (who, doing what, where): not be empty, not be the file name, not look like a
 * file name ("IMG_2031.jpg", "DSC0042") and not be a word like "Ảnh".
 *
 * @param alt the alt text as written
 * @param image the photo (a path, or Astro's image) to compare with
 * @returns a sentence for the editor (English, then Vietnamese), or null
 */
export function altTextProblem(alt: string, image?: unknown): string | null {
  const text = alt.trim();
  const fix =
    'describe what the photo shows in one sentence: who, doing what, where / hãy mô tả ảnh bằng một câu: ai, đang làm gì, ở đâu';
  if (text === '') return `the alt text is empty: ${fix}`;
  const stem = imageFileStem(image);
  if (stem !== null && squash(text) === squash(stem)) {
    return `the alt text "${text}" is the file name: ${fix}`;
  }
  if (
    /\.(?:jpe?g|png|webp|avif|gif|heic|tiff?)$/i.test(text) ||
    /^(?:img|dsc|dscn|pxl|photo)[-_ ]?\d+/i.test(text)
  ) {
    return `the alt text "${text}" looks like a file name: ${fix}`;
  }
  if (emptyAlts.has(squash(text)))
    return `the alt text "${text}" says nothing about the photo: ${fix}`;
  if (text.length < 10) return `the alt text "${text}" is too short to describe the photo: ${fix}`;
  return null;
}
