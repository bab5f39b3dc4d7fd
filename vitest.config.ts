import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The watchdog stops a run whose test file hangs (tests/setup/watchdogReporter.ts).
    reporters: ['default', './tests/setup/watchdogReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/fastCheckSeed.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // The build and browser tests share one built site (tests/setup/global-build.ts) and run serially.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
          globalSetup: ['tests/setup/global-build.ts'],
        },
      },
    ],
  },
});
