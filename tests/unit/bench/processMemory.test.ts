import { describe, expect, it } from 'vitest';
import {
  parseCpuInfo,
  parseMemTotal,
  parseProcStatus,
  parseTimeVerboseMaxRss,
  treeRssBytes,
  descendants,
  type ProcStatus,
} from '../../../src/lib/bench/processMemory';

const status = (pid: number, ppid: number, rss?: number): string =>
  [
    'Name:\tnode',
    'State:\tS (sleeping)',
    `Pid:\t${String(pid)}`,
    `PPid:\t${String(ppid)}`,
    ...(rss === undefined ? [] : [`VmRSS:\t  ${String(rss)} kB`]),
    'Threads:\t11',
  ].join('\n');

describe('parseProcStatus', () => {
  it('reads pid, parent and VmRSS in bytes', () => {
    expect(parseProcStatus(status(42, 7, 2048))).toEqual({
      pid: 42,
      ppid: 7,
      rssBytes: 2048 * 1024,
    });
  });
  it('gives 0 bytes for a process without VmRSS (zombie, kernel thread)', () => {
    expect(parseProcStatus(status(3, 2))?.rssBytes).toBe(0);
  });
  it('refuses text without Pid', () => {
    expect(parseProcStatus('Name:\tx')).toBeNull();
  });
});

describe('treeRssBytes', () => {
  const procs: ProcStatus[] = [
    { pid: 1, ppid: 0, rssBytes: 1000 },
    { pid: 10, ppid: 1, rssBytes: 100 },
    { pid: 11, ppid: 10, rssBytes: 20 },
    { pid: 12, ppid: 11, rssBytes: 3 },
    { pid: 13, ppid: 10, rssBytes: 40 },
    { pid: 20, ppid: 1, rssBytes: 5000 },
  ];
  it('sums the process and all its descendants, nothing else', () => {
    expect(treeRssBytes(procs, 10)).toBe(163);
    expect(treeRssBytes(procs, 11)).toBe(23);
  });
  it('is 0 for a process that is gone', () => {
    expect(treeRssBytes(procs, 99)).toBe(0);
  });
  it('lists the descendants (what the test watchdog stops), parents first, never the root', () => {
    const pids = descendants(procs, 10).map((p) => p.pid);
    expect([...pids].sort()).toEqual([11, 12, 13]);
    expect(pids.indexOf(11)).toBeLessThan(pids.indexOf(12));
    expect(descendants(procs, 12)).toEqual([]);
  });
});

describe('other /proc and time -v parsers', () => {
  it('reads GNU time -v maximum resident set size', () => {
    expect(
      parseTimeVerboseMaxRss(
        '\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:23.17\n\tMaximum resident set size (kbytes): 1115148\n',
      ),
    ).toBe(1115148 * 1024);
    expect(parseTimeVerboseMaxRss('nothing')).toBeNull();
  });
  it('reads MemTotal and the CPU model', () => {
    expect(parseMemTotal('MemTotal:       24576000 kB\nMemFree: 1 kB\n')).toBe(24576000 * 1024);
    expect(
      parseCpuInfo(
        'processor\t: 0\nmodel name\t: Test CPU @ 2GHz\n\nprocessor\t: 1\nmodel name\t: Test CPU @ 2GHz\n',
      ),
    ).toEqual({ model: 'Test CPU @ 2GHz', processors: 2 });
  });
});
