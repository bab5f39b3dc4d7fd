import { describe, expect, test } from 'vitest';
import { folderKey, shardContentDirFor, stageDirFor } from '../../../src/lib/build/stageDir';

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

  test('a shard copies its content into a folder named after it and its output folder', () => {
    const dir = shardContentDirFor('/p/.build', 'Gia Lai, Lâm Đồng', '/srv/dist-gia-lai');
    expect(dir).toMatch(/^\/p\/\.build\/shard-gia-lai-lam-dong-[0-9a-f]{8}\/content$/);
    expect(shardContentDirFor('/p/.build', 'Gia Lai, Lâm Đồng', '/srv/dist-gia-lai')).toBe(dir);
    expect(shardContentDirFor('/p/.build', 'Gia Lai, Lâm Đồng', '/srv/other')).not.toBe(dir);
    expect(shardContentDirFor('/p/.build', '…', '/srv/dist')).toMatch(
      /\/shard-shard-[0-9a-f]{8}\//,
    );
    const long = shardContentDirFor('/p/.build', 'Ủy ban nhân dân xã '.repeat(4), '/srv/dist');
    expect(long).toMatch(/\/shard-[a-z-]{1,40}[a-z]-[0-9a-f]{8}\/content$/);
  });
});
