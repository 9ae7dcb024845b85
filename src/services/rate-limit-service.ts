import type { Db } from '../db/create-db.ts';
import { hitRateLimitWindow, resetRateLimitWindow, undoRateLimitHit } from '../db/rate-limit-repository.ts';

/**
 * Where rate-limit counts live. On PostgreSQL several instances serve one deployment,
 * so the counts are in the database (`shared`); on SQLite there is one process and the
 * HTTP edge counts in memory, which costs no write per request.
 */
export interface RateLimitService {
  readonly shared: boolean;
  /** Counts a request; the hits so far in the current window and when it ends. */
  hit(key: string, windowMs: number): Promise<{ hits: number; resetAt: Date }>;
  undo(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

export function createRateLimitService(deps: { db: Db }): RateLimitService {
  const { db } = deps;
  const unshared = () => Promise.reject(new Error('rate limits are counted in memory on SQLite'));
  if (db.provider !== 'postgresql') return { shared: false, hit: unshared, undo: unshared, reset: unshared };
  return {
    shared: true,
    hit: (key, windowMs) => hitRateLimitWindow(db.reader, key, windowMs),
    undo: (key) => undoRateLimitHit(db.reader, key),
    reset: (key) => resetRateLimitWindow(db.reader, key),
  };
}
