/**
 * Builds the site once from the shipped content/ (through the project's own atomic build script) and
 * serves it with `astro preview` for the build and browser tests. The built site goes to .build/test-dist
 * so a developer's dist/ is left alone. Tests read the address with `inject('baseUrl')`.
 *
 * For side-by-side runs and quick reruns: TEST_OUT_DIR (default .build/test-dist), TEST_PORT (default
 * 4599), and TEST_REUSE_DIST=1 to serve an existing build in TEST_OUT_DIR instead of building again
 * (only for iterating on tests; CI always builds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export const testDistDir = resolve(process.env['TEST_OUT_DIR'] ?? '.build/test-dist');
const port = Number(process.env['TEST_PORT'] ?? '4599');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse =
    process.env['TEST_REUSE_DIST'] === '1' && existsSync(join(testDistDir, 'index.html'));
  if (!reuse) {
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      stdio: 'inherit',
      env: { ...process.env, OUT_DIR: testDistDir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (built.status !== 0)
      throw new Error('The site did not build from content/: see the output above.');
  }

  const server = await preview({
    root: process.cwd(),
    outDir: testDistDir,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port },
  });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  project.provide('distDir', testDistDir);
  return async () => {
    await server.stop();
  };
}
