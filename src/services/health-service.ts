import { AppError } from '../domain/errors.ts';
import type { Db, DbSettings } from '../db/create-db.ts';
import type { AnalysisService } from './analysis-service.ts';

export interface Health {
  readonly database: DbSettings & { readonly reachable: boolean };
  readonly analysis: { readonly pendingReanalysis: number };
}

export interface HealthService {
  check(): Promise<Health>;
}

/** How long one answer to a health probe stands. */
const healthTtlMs = 1000;

/**
 * Health as a load balancer probes it, several times a second from every balancer: the
 * database is asked at most once per `healthTtlMs` and every probe in between gets that
 * answer, so probing costs no query. The durability settings were asserted at boot and
 * cannot change, so they are read once. A failed check stands as long as a good one.
 */
export function createHealthService(deps: { db: Db; analysis: AnalysisService; now: () => Date }): HealthService {
  let settings: Promise<DbSettings> | undefined;
  let last: { at: number; answer: Promise<Health> } | undefined;

  async function ask(): Promise<Health> {
    try {
      settings ??= deps.db.settings();
      const [known] = await Promise.all([settings, deps.db.reader.$queryRawUnsafe('SELECT 1')]);
      return { database: { ...known, reachable: true }, analysis: { pendingReanalysis: await deps.analysis.pendingReanalysis() } };
    } catch (error) {
      settings = undefined;
      throw new AppError('unavailable', 'the database does not answer', [], { cause: error });
    }
  }

  return {
    check() {
      const at = deps.now().getTime();
      if (!last || at - last.at >= healthTtlMs || at < last.at) last = { at, answer: ask() };
      return last.answer;
    },
  };
}
