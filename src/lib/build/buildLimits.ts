/**
 * What the build says when `astro build` hits one of the two limits a very large site meets, instead
 * of the crash report or stack trace an editor cannot act on (docs/performance.md):
 * - Node caps its heap at about 4 GiB whatever the machine has (measured: 4.19 GiB on a 24 GiB
 *   machine), and a single site of about 10,000 plans already comes close;
 * - Astro writes its whole content store as one string, and V8 strings hold at most 2^29 − 24
 *   characters (≈ 512 Mi); at 50,000 plans and 500,000 awardees the store was longer.
 */

/** 1 GiB in bytes. */
const gibibyte = 1024 ** 3;

/**
 * Whether a process's output holds V8's out-of-memory crash ("FATAL ERROR: Reached heap limit
 * Allocation failed - JavaScript heap out of memory", or "… CALL_AND_RETRY_LAST …" in older Node).
 *
 * @param output the process's stdout and stderr
 */
export function ranOutOfMemory(output: string): boolean {
  return /FATAL ERROR:.*JavaScript heap out of memory/.test(output);
}

/**
 * The advice printed when `astro build` ran out of memory: the heap limit it had, and the two ways
 * on: a larger limit (`NODE_OPTIONS=--max-old-space-size=<MiB>`, suggested as 60 % of the machine's
 * memory, rounded down to whole GiB, when that is more than the limit it had), or one build per
 * province (README "Sharding and the national portal").
 *
 * @param heapLimitBytes the heap limit the build ran with, in bytes (`v8.getHeapStatistics().heap_size_limit`)
 * @param totalMemoryBytes the machine's memory, in bytes (`os.totalmem()`)
 * @returns one paragraph in English, for the build's error line
 */
export function outOfMemoryAdvice(heapLimitBytes: number, totalMemoryBytes: number): string {
  const limit = `${(heapLimitBytes / gibibyte).toFixed(1)} GiB`;
  const machine = `${(totalMemoryBytes / gibibyte).toFixed(1)} GiB`;
  const suggestedGiB = Math.floor((totalMemoryBytes * 0.6) / gibibyte);
  const shard =
    'split the site into one build per province (SHARD_PROVINCES; README "Sharding and the national portal")';
  const head = `astro build ran out of memory: Node gave it a heap of ${limit} (this machine has ${machine}).`;
  if (suggestedGiB * gibibyte <= heapLimitBytes) {
    return `${head} This machine has no more to give; ${shard}, or build on a machine with more memory.`;
  }
  return `${head} Give it more, leaving room for the rest of the machine, e.g. NODE_OPTIONS=--max-old-space-size=${String(suggestedGiB * 1024)} npm run build (the size in MiB), or ${shard}.`;
}

/**
 * Whether `astro build` failed because its content store did not fit in one string: V8's "RangeError:
 * Invalid string length" thrown while Astro serialised the store (`serializeDataStore`,
 * astro/dist/content/data-store-writer.js in Astro 7.3).
 *
 * @param output the process's stdout and stderr
 */
export function contentStoreTooLarge(output: string): boolean {
  return /RangeError: Invalid string length/.test(output) && output.includes('serializeDataStore');
}

/**
 * The advice printed when the content store did not fit in one string. No memory setting helps, so
 * the site must be split (README "Sharding and the national portal"). In English, for the build's
 * error line.
 */
export const contentStoreAdvice =
  'astro build stopped: the content is too large for one site. Astro keeps all content in one store that Node must write as a single string, and it passed Node\'s limit of about 512 million characters; more memory does not help. Split the site into one build per province (SHARD_PROVINCES; README "Sharding and the national portal").';
