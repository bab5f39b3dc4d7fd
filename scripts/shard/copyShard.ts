/**
 * The part of a shard build (scripts/build.ts, SHARD_PROVINCES / SHARD_ORGANIZATIONS) that reads the
 * whole content folder: select the shard's files (`selectShard`) and copy them into a folder of their
 * own. scripts/build.ts runs it in a worker thread: the whole content, read and parsed, is ≈ 3 GB at
 * 50,000 plans, and in the build's own thread that memory stayed with the process while `astro build`
 * ran (V8 keeps freed heap pages until it collects again, and an idle process waiting for Astro does
 * not); a worker's heap is returned to the system when the worker ends.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readContentSources } from '../../src/lib/validation/index';
import {
  selectShard,
  ShardSelectionError,
  type EntryKey,
  type ShardSelector,
} from '../../src/lib/shard/selectShard';
import { shardContentDirFor } from '../../src/lib/build/stageDir';

/** What scripts/build.ts passes to the worker. */
export interface CopyShardRequest {
  readonly sourceContentDir: string;
  /** `.build/`: the shard's files go to `<buildRoot>/shard-<name>-<hash of outDir>/content`. */
  readonly buildRoot: string;
  readonly outDir: string;
  readonly selector: ShardSelector;
  /** SHARD_NAME, when set; otherwise the shard is named after what it selects. */
  readonly name: string | undefined;
  /** The project root, for file names in messages. */
  readonly rootDir: string;
}

/** What the worker answers: the shard, or the message of a problem the editor can fix. */
export type CopyShardResult =
  | {
      readonly ok: true;
      readonly name: string;
      /** The folder the files were copied into. */
      readonly target: string;
      readonly owned: number;
      /** The entries the shard only borrows (reference copies), for their pages. */
      readonly borrowed: readonly EntryKey[];
      readonly files: number;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Copies a shard's files (`ShardSelection.files`, relative to `sourceContentDir`) into `target`,
 * emptied first. A file an entry names but the content lacks (a photo, an original text) is skipped:
 * validation reports it, from the shard's folder as from the whole content.
 *
 * @throws on any disk error other than a missing source file
 */
export async function copyShardFiles(
  sourceContentDir: string,
  target: string,
  files: readonly string[],
): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await Promise.all(
    files.map(async (file) => {
      const to = join(target, file);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(join(sourceContentDir, file), to).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
    }),
  );
}

/**
 * Selects the shard and copies its files into its folder under `.build/` ({@link shardContentDirFor}),
 * emptied first.
 *
 * @throws only on a disk error; content problems and unknown provinces are answered as `ok: false`
 */
export async function copyShard(request: CopyShardRequest): Promise<CopyShardResult> {
  const read = await readContentSources(request.sourceContentDir, { rootDir: request.rootDir });
  if (read.problems.length > 0) {
    return { ok: false, message: read.problems.map((p) => `${p.file}: ${p.message}`).join('\n') };
  }
  let selection: ReturnType<typeof selectShard>;
  try {
    selection = selectShard(read, request.selector);
  } catch (error) {
    if (error instanceof ShardSelectionError) return { ok: false, message: error.message };
    throw error;
  }
  const name = request.name ?? selection.name;
  const target = shardContentDirFor(request.buildRoot, name, request.outDir);
  await copyShardFiles(request.sourceContentDir, target, selection.files);
  return {
    ok: true,
    name,
    target,
    owned: selection.owned.length,
    borrowed: selection.borrowed,
    files: selection.files.length,
  };
}

if (parentPort !== null) {
  const port = parentPort;
  port.postMessage(await copyShard(workerData as CopyShardRequest));
}
