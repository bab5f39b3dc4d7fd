/**
 * What the build says when `astro build` runs out of memory, instead of V8's crash report, which an
 * editor cannot act on. Node caps its heap at about 4 GiB whatever the machine has (measured: 4.19 GiB
 * on a 24 GiB machine), and a single site of about 10,000 plans already comes close
 * (docs/performance.md).
 *
 * When the machine itself runs out, the system kills the build without a word; {@link killedAdvice}
 * says so.
 *
 * A very large site also meets Astro's content store limits (written and bundled as one string, at
 * most ≈ 512 million characters; docs/performance.md, "50k"). Those end in Astro's own error, shown
 * as it is.
 */

/** 1 GiB in bytes. */
const gibibyte = 1024 ** 3;

/** `bytes` in GiB with one decimal ("4.2 GiB"). */
const inGiB = (bytes: number): string => `${(bytes / gibibyte).toFixed(1)} GiB`;

/** The way on that needs no more memory, named by both messages. */
const perProvince =
  'one build per province (SHARD_PROVINCES; README "Sharding and the national portal")';
const biggerMachine = 'or build on a machine with more memory.';

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
  const suggestedGiB = Math.floor((totalMemoryBytes * 0.6) / gibibyte);
  const head = `astro build ran out of memory: Node gave it a heap of ${inGiB(heapLimitBytes)} (this machine has ${inGiB(totalMemoryBytes)}).`;
  if (suggestedGiB * gibibyte <= heapLimitBytes) {
    return `${head} This machine has no more to give; split the site into ${perProvince}, ${biggerMachine}`;
  }
  return `${head} Give it more, leaving room for the rest of the machine, e.g. NODE_OPTIONS=--max-old-space-size=${String(suggestedGiB * 1024)} npm run build (the size in MiB), or split the site into ${perProvince}.`;
}

/**
 * The advice printed when `astro build` was killed (SIGKILL) without a word: on Linux that is most
 * often the kernel's out-of-memory killer, which stops the largest process when the machine itself
 * runs out (measured: a 50,000-plan build on a 24 GiB machine, docs/performance.md, "50k").
 *
 * @param totalMemoryBytes the machine's memory, in bytes (`os.totalmem()`)
 * @returns one paragraph in English, for the build's error line
 */
export function killedAdvice(totalMemoryBytes: number): string {
  return `astro build was killed (SIGKILL) without an error of its own; most often the system stopped it because the machine (${inGiB(totalMemoryBytes)}) ran out of memory (on Linux, "dmesg" then shows "Out of memory: Killed process"). Split the site into ${perProvince}, ${biggerMachine}`;
}
