/**
 * Makes sure the browser tests have a browser: Debian's Chromium at /usr/bin/chromium (or
 * CHROMIUM_PATH). Installs it with apt-get when running as root on Debian; otherwise stops with a
 * one-line instruction. Never downloads a browser build of its own (the machines have no internet
 * beyond the npm registry and Debian's packages).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const browser = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (existsSync(browser)) {
  console.log(`Trình duyệt cho kiểm thử: ${browser}`);
} else {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chưa có Chromium: đang cài gói Debian "chromium" (apt-get)…');
    const ok =
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
    if (!ok || !existsSync(browser)) {
      console.error('Không cài được Chromium. Chạy: sudo apt-get install chromium');
      process.exitCode = 1;
    }
  } else {
    console.error(
      'Browser tests need Chromium: run "sudo apt-get install chromium" (or set CHROMIUM_PATH), then npm test again.',
    );
    process.exitCode = 1;
  }
}
