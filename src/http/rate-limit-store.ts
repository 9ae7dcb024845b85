import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { RateLimitService } from '../services/rate-limit-service.ts';

/**
 * An express-rate-limit store over the shared counters of `RateLimitService`, so every
 * instance of a PostgreSQL deployment counts against one limit per key or address.
 */
export function sharedRateLimitStore(counts: RateLimitService): Store {
  let windowMs = 60_000;
  return {
    // Counts are not this process's: express-rate-limit must not assume it saw every hit.
    localKeys: false,
    prefix: 'parallax:',
    init(options: Options) {
      windowMs = options.windowMs;
    },
    async increment(key: string): Promise<ClientRateLimitInfo> {
      const { hits, resetAt } = await counts.hit(key, windowMs);
      return { totalHits: hits, resetTime: resetAt };
    },
    decrement: (key: string) => counts.undo(key),
    resetKey: (key: string) => counts.reset(key),
  };
}
