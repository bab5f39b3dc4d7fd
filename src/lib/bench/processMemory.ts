/**
 * Peak memory of a process tree. `astro build` runs in a child of scripts/build.ts, so the peak of the
 * build is the largest sum of the resident memory (VmRSS) of the build process and all its
 * descendants at one moment, sampled from /proc. Pure parsers here; scripts/bench/processTree.ts reads
 * /proc.
 */

/** What the benchmark needs from `/proc/<pid>/status`. */
export interface ProcStatus {
  readonly pid: number;
  readonly ppid: number;
  /** Resident set size in bytes (0 for a zombie or kernel thread, which have no VmRSS line). */
  readonly rssBytes: number;
}

const field = (text: string, name: string): string | undefined =>
  new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();

/**
 * Reads `/proc/<pid>/status`.
 *
 * @returns null when the text has no Pid or PPid line
 */
export function parseProcStatus(text: string): ProcStatus | null {
  const pid = Number(field(text, 'Pid'));
  const ppid = Number(field(text, 'PPid'));
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || field(text, 'Pid') === undefined) {
    return null;
  }
  const rss = /^(\d+)\s*kB$/i.exec(field(text, 'VmRSS') ?? '');
  return { pid, ppid, rssBytes: rss?.[1] === undefined ? 0 : Number(rss[1]) * 1024 };
}

/**
 * The descendants of `root` (children, grandchildren …), parents before their children; `root` itself
 * is not included.
 *
 * @param processes every process seen in one sample
 */
export function descendants(processes: readonly ProcStatus[], root: number): ProcStatus[] {
  const children = new Map<number, ProcStatus[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found: ProcStatus[] = [];
  const seen = new Set<number>([root]);
  const queue = [root];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const child of children.get(next) ?? []) {
      if (seen.has(child.pid)) continue;
      seen.add(child.pid);
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}

/**
 * The total resident memory of `root` and all its descendants.
 *
 * @param processes every process seen in one sample
 */
export function treeRssBytes(processes: readonly ProcStatus[], root: number): number {
  const self = processes.find((p) => p.pid === root);
  return descendants(processes, root).reduce((sum, p) => sum + p.rssBytes, self?.rssBytes ?? 0);
}

/**
 * "Maximum resident set size (kbytes): N" from GNU `/usr/bin/time -v`, in bytes. That figure is the
 * largest single process of the tree (getrusage), not the sum: a lower bound of the tree's peak.
 *
 * @returns null when the line is missing
 */
export function parseTimeVerboseMaxRss(text: string): number | null {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]) * 1024;
}

/** Total memory from `/proc/meminfo` (MemTotal) in bytes, or null. */
export function parseMemTotal(text: string): number | null {
  const match = /^MemTotal:\s*(\d+)\s*kB$/m.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]) * 1024;
}

/** The CPU model name and the number of processors listed in `/proc/cpuinfo`. */
export function parseCpuInfo(text: string): { model: string; processors: number } {
  const model = /^model name\s*:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? 'unknown CPU';
  const processors = (text.match(/^processor\s*:/gm) ?? []).length;
  return { model, processors };
}
