import { describe, expect, test } from 'vitest';
import { folderKey, stageDirFor } from '../../../src/lib/build/stageDir';

describe("the build's folders", () => {
  test('a stage folder is the same for every build into one output folder', () => {
    expect(stageDirFor('/p/.build', '/srv/site/dist')).toBe(
      stageDirFor('/p/.build', '/srv/site/dist'),
    );
    expect(stageDirFor('/p/.build', '/srv/site/dist')).toMatch(
      /^\/p\/\.build\/stage-dist-[0-9a-f]{10}$/,
    );
  });

  test('output folders of the same name in different places get different stages', () => {
    expect(stageDirFor('/p/.build', '/srv/a/dist')).not.toBe(
      stageDirFor('/p/.build', '/srv/b/dist'),
    );
  });

  test('a Vietnamese folder name becomes an ASCII slug; a name without letters falls back', () => {
    expect(folderKey('/srv/Nội dung Gia Lai', 'content')).toMatch(
      /^noi-dung-gia-lai-[0-9a-f]{10}$/,
    );
    expect(folderKey('/srv/…', 'content')).toMatch(/^content-[0-9a-f]{10}$/);
  });
});
