import type express from 'express';
import pino from 'pino';
import request from 'supertest';
import type { Scope } from '../../src/domain/api-key.ts';
import { createApp, type AppDeps } from '../../src/app.ts';
import type { Db } from '../../src/db/create-db.ts';
import { createServices, type AppServices } from '../../src/services/create-services.ts';
import { createTestDb } from './test-db.ts';

export interface TestApp {
  readonly app: express.Express;
  readonly services: AppServices;
  readonly db: Db;
  /** The URL of this test file's database (`file:` or `postgresql:`). */
  readonly databaseUrl: string;
  /** Breaks the database under the app (for 503 tests). */
  makeUnreachable(): Promise<void>;
  /** One live key per scope, created in this test file's database. */
  readonly keys: Readonly<Record<Scope, string>>;
  /** supertest against the app, sending the write key (the key most API clients hold). */
  readonly api: ReturnType<typeof request.agent>;
  /** supertest against the app, sending the key of `scope`. */
  as(scope: Scope): ReturnType<typeof request.agent>;
  close(): Promise<void>;
}

/** Small bodies and pages to reach the limits cheaply; a rate limit no ordinary test reaches. */
export const testLimits = { maxBodyBytes: 64 * 1024, page: { defaultSize: 20, maxSize: 50 }, requestsPerMinute: 1_000_000 };

/** The real app on a real database of its own (SQLite, or PostgreSQL in `npm run test:pg`), as a user would reach it. */
export async function createTestApp(options: { now?: () => Date; app?: Partial<Omit<AppDeps, 'services' | 'logger'>> } = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  const services = createServices({ db: testDb.db, now: options.now ?? (() => new Date()) });
  const app = createApp({ services, logger: pino({ level: 'silent' }), limits: testLimits, version: 'test', ...options.app });
  const keys = {
    read: (await services.apiKeys.create({ name: 'test reader', scopes: ['read'] })).key,
    write: (await services.apiKeys.create({ name: 'test writer', scopes: ['write'] })).key,
    admin: (await services.apiKeys.create({ name: 'test admin', scopes: ['admin'] })).key,
  };
  const as = (scope: Scope) => request.agent(app).set('Authorization', `Bearer ${keys[scope]}`);
  return {
    app, services, db: testDb.db, databaseUrl: testDb.url, makeUnreachable: testDb.makeUnreachable, keys, api: as('write'), as,
    async close() {
      await services.apiKeys.stop();
      await testDb.destroy();
    },
  };
}
