/**
 * Runs a command and measures it: wall time, and the peak resident memory of its whole process tree
 * (the sum of VmRSS over the process and all descendants, sampled from /proc every `intervalMs`).
 * Linux only; elsewhere the peak is reported as 0.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseProcStatus, treeRssBytes, type ProcStatus } from '../../src/lib/bench/processMemory';

/** Every process's pid, ppid and VmRSS, from /proc (processes that exit meanwhile are skipped). */
export function readProcesses(): ProcStatus[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: ProcStatus[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = parseProcStatus(readFileSync(`/proc/${name}/status`, 'utf8'));
      if (status !== null) out.push(status);
    } catch {
      // gone
    }
  }
  return out;
}

export interface Measured {
  readonly code: number | null;
  readonly output: string;
  readonly wallSeconds: number;
  readonly peakRssBytes: number;
}

/**
 * Runs `command args` (output collected, and echoed with `echo`), sampling its tree's memory.
 */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    echo?: (text: string) => void;
    intervalMs?: number;
  },
): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output += text;
    options.echo?.(text);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peak = 0;
  const sample = (): void => {
    if (child.pid === undefined) return;
    peak = Math.max(peak, treeRssBytes(readProcesses(), child.pid));
  };
  const timer = setInterval(sample, options.intervalMs ?? 200);
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  }).finally(() => {
    clearInterval(timer);
  });
  return { code, output, wallSeconds: (performance.now() - started) / 1000, peakRssBytes: peak };
}
