import { afterAll, describe, expect, it } from 'vitest';
import { databaseStatus } from '../../middleware/db-guard.js';
import { SharedLoads, VersionedCache } from './content-cache.js';

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

/**
 * A load the database driver never settles (docs/operations.md, "Database outages") must not hold the
 * requests that join it, nor every later one. `never` stands in for that lost operation.
 */
describe('a shared load that never settles', () => {
  const never = () => new Promise<never>(() => {});
  const LIMIT_MS = 150;

  it('is given up after its limit: its callers get DATABASE_UNAVAILABLE, the next call loads afresh', async () => {
    const loads = new SharedLoads<string>(LIMIT_MS);
    let started = 0;
    const lost = () => {
      started += 1;
      return never();
    };
    const t0 = Date.now();
    const joined = await Promise.allSettled([loads.run('version', lost), loads.run('version', lost)]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(LIMIT_MS - 5);
    expect(started).toBe(1);
    for (const result of joined) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toMatchObject({
        code: 'DATABASE_UNAVAILABLE',
        status: 503,
      });
    }
    expect(await loads.run('version', async () => 'v2')).toBe('v2');
  });

  it('does not hold a cached read: the same key and version load again and are cached', async () => {
    const cache = new VersionedCache<string>(1024, LIMIT_MS);
    await expect(cache.through('fiche', 'v1', never, () => 3)).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
    expect(
      await cache.through(
        'fiche',
        'v1',
        async () => 'doc',
        () => 3,
      ),
    ).toBe('doc');
    expect(cache.get('fiche', 'v1')).toBe('doc');
  });
});

describe('shared loads when a database outage begins', () => {
  afterAll(() => {
    databaseStatus.markUp();
    databaseStatus.stop();
  });

  it('are forgotten: a later call loads afresh instead of joining one the outage may have lost', async () => {
    const loads = new SharedLoads<string>(300);
    const before = loads.run('version', () => new Promise<never>(() => {}));
    before.catch(() => undefined);
    databaseStatus.markDown(new Error('the driver lost the connection to the database'));
    let started = 0;
    const after = await loads.run('version', async () => {
      started += 1;
      return 'v2';
    });
    expect(after).toBe('v2');
    expect(started).toBe(1);
    // The caller that joined before the outage still gets its answer, at the limit.
    await expect(before).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  });
});
