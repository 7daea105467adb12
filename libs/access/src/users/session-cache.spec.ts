import { SessionCache } from './session-cache';

const limits = { ttlMs: 1_000, maxEntries: 3 };

describe('SessionCache', () => {
  describe('generation guard', () => {
    it('stores a value read while nothing was invalidated', () => {
      const cache = new SessionCache<string>(limits);
      const generation = cache.generation();
      expect(cache.store('u1', 'read', generation, 0)).toBe(true);
      expect(cache.get('u1', 0)).toBe('read');
    });

    it('refuses a value read before an eviction, even of another user', () => {
      const cache = new SessionCache<string>(limits);
      const generation = cache.generation();
      // The change is heard while the read is still running.
      cache.evict('u2');
      expect(cache.store('u1', 'stale', generation, 0)).toBe(false);
      expect(cache.get('u1', 0)).toBeUndefined();
      expect(cache.size).toBe(0);
    });

    it('refuses a value read before a clear, and keeps refusing it', () => {
      const cache = new SessionCache<string>(limits);
      const generation = cache.generation();
      cache.clear();
      expect(cache.store('u1', 'stale', generation, 0)).toBe(false);
      expect(cache.store('u1', 'stale', generation, 0)).toBe(false);
      expect(cache.get('u1', 0)).toBeUndefined();
    });

    it('accepts a read that started after the invalidation', () => {
      const cache = new SessionCache<string>(limits);
      cache.evict('u1');
      const generation = cache.generation();
      expect(cache.store('u1', 'fresh', generation, 0)).toBe(true);
      expect(cache.get('u1', 0)).toBe('fresh');
    });

    it('does not move the generation on a store', () => {
      const cache = new SessionCache<string>(limits);
      const generation = cache.generation();
      cache.store('u1', 'a', generation, 0);
      expect(cache.generation()).toBe(generation);
      expect(cache.store('u2', 'b', generation, 0)).toBe(true);
    });
  });

  describe('time to live', () => {
    it('serves an entry until ttlMs after it was stored, then drops it', () => {
      const cache = new SessionCache<string>(limits);
      cache.store('u1', 'v', cache.generation(), 5_000);
      expect(cache.get('u1', 5_000)).toBe('v');
      expect(cache.get('u1', 5_999)).toBe('v');
      expect(cache.get('u1', 6_000)).toBeUndefined();
      expect(cache.size).toBe(0);
      // Gone for good, not only hidden.
      expect(cache.get('u1', 5_000)).toBeUndefined();
    });

    it('counts from the last store', () => {
      const cache = new SessionCache<string>(limits);
      cache.store('u1', 'old', cache.generation(), 0);
      cache.store('u1', 'new', cache.generation(), 800);
      expect(cache.get('u1', 1_500)).toBe('new');
      expect(cache.get('u1', 1_800)).toBeUndefined();
    });
  });

  describe('bound', () => {
    const storeAll = (cache: SessionCache<string>, ids: string[]) =>
      ids.forEach((id, i) => cache.store(id, id, cache.generation(), i));

    it('drops the oldest stored entry first', () => {
      const cache = new SessionCache<string>(limits);
      storeAll(cache, ['a', 'b', 'c', 'd']);
      expect(cache.size).toBe(3);
      expect(['a', 'b', 'c', 'd'].map((id) => cache.get(id, 10))).toEqual([undefined, 'b', 'c', 'd']);
    });

    it('moves a re-stored entry to the end', () => {
      const cache = new SessionCache<string>(limits);
      storeAll(cache, ['a', 'b', 'c']);
      cache.store('a', 'a2', cache.generation(), 3);
      cache.store('d', 'd', cache.generation(), 4);
      expect(cache.size).toBe(3);
      expect(['a', 'b', 'c', 'd'].map((id) => cache.get(id, 10))).toEqual(['a2', undefined, 'c', 'd']);
    });

    it('does not count a re-store as a new entry', () => {
      const cache = new SessionCache<string>(limits);
      storeAll(cache, ['a', 'b', 'c']);
      cache.store('b', 'b2', cache.generation(), 3);
      expect(cache.size).toBe(3);
      expect(['a', 'b', 'c'].map((id) => cache.get(id, 10))).toEqual(['a', 'b2', 'c']);
    });

    it('does not treat reading as use', () => {
      const cache = new SessionCache<string>(limits);
      storeAll(cache, ['a', 'b', 'c']);
      expect(cache.get('a', 3)).toBe('a');
      cache.store('d', 'd', cache.generation(), 4);
      expect(cache.get('a', 4)).toBeUndefined();
    });
  });

  describe('evict and clear', () => {
    it('evict forgets one user and keeps the others', () => {
      const cache = new SessionCache<string>(limits);
      cache.store('a', 'a', cache.generation(), 0);
      cache.store('b', 'b', cache.generation(), 0);
      cache.evict('a');
      expect(cache.get('a', 0)).toBeUndefined();
      expect(cache.get('b', 0)).toBe('b');
      expect(cache.size).toBe(1);
    });

    it('clear forgets everyone', () => {
      const cache = new SessionCache<string>(limits);
      cache.store('a', 'a', cache.generation(), 0);
      cache.store('b', 'b', cache.generation(), 0);
      cache.clear();
      expect(cache.get('a', 0)).toBeUndefined();
      expect(cache.get('b', 0)).toBeUndefined();
      expect(cache.size).toBe(0);
    });

    it('both advance the generation, also when nothing was stored', () => {
      const cache = new SessionCache<string>(limits);
      const g0 = cache.generation();
      cache.evict('nobody');
      const g1 = cache.generation();
      cache.clear();
      const g2 = cache.generation();
      expect(new Set([g0, g1, g2]).size).toBe(3);
    });
  });
});
