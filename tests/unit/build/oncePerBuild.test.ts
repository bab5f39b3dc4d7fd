import { afterEach, describe, expect, test, vi } from 'vitest';
import { oncePerBuild } from '../../../src/pages/_oncePerBuild';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('oncePerBuild', () => {
  test('in a build, every page shares one run of the load', async () => {
    vi.stubEnv('DEV', false);
    let runs = 0;
    const load = oncePerBuild(() => Promise.resolve((runs += 1)));
    expect(await Promise.all([load(), load(), load()])).toEqual([1, 1, 1]);
    expect(runs).toBe(1);
  });

  test('on the dev server, every request loads afresh, so content edits show at once', async () => {
    vi.stubEnv('DEV', true);
    let runs = 0;
    const load = oncePerBuild(() => Promise.resolve((runs += 1)));
    expect([await load(), await load()]).toEqual([1, 2]);
  });

  test('in a build, a failed load fails every page that asks, without running again', async () => {
    vi.stubEnv('DEV', false);
    let runs = 0;
    const load = oncePerBuild(() => {
      runs += 1;
      return Promise.reject(new Error('quyết định thiếu cơ quan ban hành'));
    });
    await expect(load()).rejects.toThrow('quyết định thiếu cơ quan ban hành');
    await expect(load()).rejects.toThrow('quyết định thiếu cơ quan ban hành');
    expect(runs).toBe(1);
  });
});
