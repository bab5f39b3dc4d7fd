/**
 * A Vitest reporter that turns a hung test file into a quick, named failure.
 *
 * Vitest's `testTimeout` cannot stop a test stuck in synchronous code (a loop or a regular expression
 * that never returns blocks the worker), and a hung run otherwise lasts until CI kills it, with no word
 * of which file hung. Once a test file has run longer than `TEST_FILE_LIMIT_MINUTES` (default 10; the
 * slowest file takes about 1.5 minutes), this prints the file, the tests that had started and not
 * finished, and the fast-check seed setting, stops every process Vitest started, and exits with 1.
 */
import { readProcesses } from '../../scripts/bench/processTree';
import { descendants } from '../../src/lib/bench/processMemory';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

const limitMinutes = Number(process.env['TEST_FILE_LIMIT_MINUTES'] ?? '10');

export default class WatchdogReporter implements Reporter {
  private readonly started = new Map<string, number>();
  private readonly running = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | undefined;

  onInit(): void {
    if (!(limitMinutes > 0)) return;
    this.timer = setInterval(() => {
      this.check();
    }, 15_000);
    this.timer.unref();
  }

  onTestModuleStart(testModule: TestModule): void {
    this.started.set(testModule.moduleId, Date.now());
    this.running.set(testModule.moduleId, new Set());
  }

  onTestCaseReady(testCase: TestCase): void {
    this.running.get(testCase.module.moduleId)?.add(testCase.fullName);
  }

  onTestCaseResult(testCase: TestCase): void {
    this.running.get(testCase.module.moduleId)?.delete(testCase.fullName);
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.started.delete(testModule.moduleId);
    this.running.delete(testModule.moduleId);
  }

  /**
   * After the last test, Vitest should exit within seconds; a server, browser or child process left
   * open keeps it (and CI) waiting for ever. The timer is unref'd, so it never delays a clean exit.
   */
  onTestRunEnd(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    if (!(limitMinutes > 0)) return;
    setTimeout(() => {
      this.stop([
        'Test watchdog: every test has finished, but Vitest has not exited 2 minutes later.',
        '  Something a test or setup started (a server, a browser, a child process) is still open.',
      ]);
    }, 120_000).unref();
  }

  private check(): void {
    const now = Date.now();
    const hung = [...this.started].filter(([, since]) => now - since > limitMinutes * 60_000);
    if (hung.length === 0) return;
    const lines = hung.flatMap(([file, since]) => [
      `  ${file} (running for ${((now - since) / 60_000).toFixed(1)} min)`,
      ...[...(this.running.get(file) ?? [])].map((name) => `    still running: ${name}`),
    ]);
    this.stop([
      `Test watchdog: a test file ran longer than ${String(limitMinutes)} minutes and is stopped.`,
      ...lines,
      `fast-check seed: PROPERTY_SEED=${process.env['PROPERTY_SEED'] ?? '(fixed, tests/setup/fastCheckSeed.ts)'}`,
      'Run that file alone to see where it hangs; TEST_FILE_LIMIT_MINUTES changes the limit.',
    ]);
  }

  /** Prints `lines`, kills every process Vitest started (a hung worker would outlive it) and exits 1. */
  private stop(lines: readonly string[]): never {
    process.stderr.write(['', ...lines, ''].join('\n'));
    for (const child of descendants(readProcesses(), process.pid).reverse()) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    process.exit(1);
  }
}
