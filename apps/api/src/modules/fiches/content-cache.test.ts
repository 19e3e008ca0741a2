import { describe, expect, it } from 'vitest';
import { VersionedCache } from './content-cache.js';

describe('VersionedCache.through', () => {
  it('runs one load for requests that miss together, and caches its value for that version', async () => {
    const cache = new VersionedCache<string>(1024);
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = async () => {
      loads += 1;
      await gate;
      return 'doc';
    };
    const waiting = Array.from({ length: 500 }, () => cache.through('fiche', 'v1', load, () => 3));
    release();
    expect(await Promise.all(waiting)).toEqual(Array(500).fill('doc'));
    expect(loads).toBe(1);
    expect(await cache.through('fiche', 'v1', load, () => 3)).toBe('doc');
    expect(loads).toBe(1);
    // A new version loads again, once.
    await Promise.all([
      cache.through('fiche', 'v2', load, () => 3),
      cache.through('fiche', 'v2', load, () => 3),
    ]);
    expect(loads).toBe(2);
  });

  it('does not keep a failed load: the next request tries again', async () => {
    const cache = new VersionedCache<string>(1024);
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls === 1) throw new Error('database unreachable');
      return 'doc';
    };
    const failed = await Promise.allSettled([
      cache.through('fiche', 'v1', flaky, () => 3),
      cache.through('fiche', 'v1', flaky, () => 3),
    ]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(calls).toBe(1);
    expect(await cache.through('fiche', 'v1', flaky, () => 3)).toBe('doc');
    expect(calls).toBe(2);
  });
});
