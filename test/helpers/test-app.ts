import type express from 'express';
import pino from 'pino';
import { createApp, type AppDeps } from '../../src/app.ts';
import type { Db } from '../../src/db/create-db.ts';
import { createServices, type AppServices } from '../../src/services/create-services.ts';
import { createTestDb } from './test-db.ts';

export interface TestApp {
  readonly app: express.Express;
  readonly services: AppServices;
  readonly db: Db;
  close(): Promise<void>;
}

/** Small bodies and pages to reach the limits cheaply; a rate limit no ordinary test reaches. */
export const testLimits = { maxBodyBytes: 64 * 1024, page: { defaultSize: 20, maxSize: 50 }, requestsPerMinute: 1_000_000 };

/** The real app on a real SQLite file of its own, as a user would reach it. */
export async function createTestApp(options: { now?: () => Date; app?: Partial<Omit<AppDeps, 'services' | 'logger'>> } = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  const services = createServices({ db: testDb.db, now: options.now ?? (() => new Date()) });
  const app = createApp({ services, logger: pino({ level: 'silent' }), limits: testLimits, version: 'test', ...options.app });
  return { app, services, db: testDb.db, close: () => testDb.destroy() };
}
