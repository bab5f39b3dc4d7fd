/** Finding an exemplar's cover photo on disk, from Astro's image metadata or the story's front matter. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exemplarCoverFile } from '../../../src/pages/og/_exemplarCover';

const work = mkdtempSync(join(tmpdir(), 'og-cover-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('exemplarCoverFile', () => {
  test("uses the path Astro's image metadata keeps in its hidden fsPath", async () => {
    const image = { src: '/_astro/anh.abc123.jpg', width: 1600, height: 900, format: 'jpg' };
    Object.defineProperty(image, 'fsPath', { value: '/du-an/content/exemplars/images/anh.jpg' });
    const entry = { id: 'a', data: { cover: { image, credit: 'Ảnh: A' } } };
    expect(await exemplarCoverFile(entry)).toEqual({
      file: '/du-an/content/exemplars/images/anh.jpg',
      credit: 'Ảnh: A',
    });
  });

  test('resolves a path written as text against the story file', async () => {
    const entry = {
      id: 'b',
      filePath: 'content/exemplars/b.mdx',
      data: { cover: { image: './images/b.jpg', credit: 'Ảnh: B' } },
    };
    expect(await exemplarCoverFile(entry)).toEqual({
      file: resolve('content/exemplars/images/b.jpg'),
      credit: 'Ảnh: B',
    });
  });

  test("otherwise reads cover.image from the story's front matter", async () => {
    const story = join(work, 'c.mdx');
    writeFileSync(story, '---\ncover:\n  image: ./images/c.jpg\n---\n\nCâu chuyện.\n');
    const entry = { id: 'c', filePath: story, data: { cover: { image: {}, credit: 'Ảnh: C' } } };
    expect(await exemplarCoverFile(entry)).toEqual({
      file: join(work, 'images', 'c.jpg'),
      credit: 'Ảnh: C',
    });
  });

  test('gives no file when nothing says where the photo is (the card shows a plain panel)', async () => {
    const entry = { id: 'd', data: { cover: { image: {}, credit: 'Ảnh: D' } } };
    expect(await exemplarCoverFile(entry)).toEqual({ credit: 'Ảnh: D' });
  });
});
