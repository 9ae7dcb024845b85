import fs from 'node:fs';
import type { Server } from 'node:http';
import pino from 'pino';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createDb } from './db/create-db.ts';
import { migrateDatabase } from './db/migrate-database.ts';
import { seedDemoIfEmpty } from './db/seed/seed-demo.ts';
import { createServices } from './services/create-services.ts';
import packageJson from '../package.json';

/** 'true' / 'false' / a hop count, or the address list Express parses itself. */
function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Process entry: config → migrate → open DB → seed demo if empty → listen; drains on SIGTERM. */
async function main(): Promise<void> {
  // .env is optional and never required; .env.example is documentation only.
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig(process.env);
  const logger = pino({ level: config.LOG_LEVEL });

  const migration = await migrateDatabase(config.DATABASE_URL);
  logger.info({ applied: migration.applied, alreadyApplied: migration.alreadyApplied }, 'database migrated');

  const db = await createDb(config.DATABASE_URL, { busyTimeoutMs: config.SQLITE_BUSY_TIMEOUT_MS, poolSize: config.DATABASE_POOL_SIZE });
  const services = createServices({ db, now: () => new Date(), logger });
  if (config.SEED_DEMO && (await seedDemoIfEmpty(db, services.imports))) {
    logger.info('database was empty: loaded the demo meeting (China-Korea, APEC Detroit 2023)');
  }

  // Catch up on analyses left stale by a taxonomy change or a stop during re-analysis.
  services.analysis.scheduleReanalysis();
  services.comparisons.scheduleRefresh();
  services.apiKeys.start();
  // On a shared database, writes of other instances do not wake this one's background
  // jobs; a sweep picks up what they leave (their jobs claim rows, so none is done twice).
  const sweep = db.provider === 'postgresql'
    ? setInterval(() => { services.analysis.scheduleReanalysis(); services.comparisons.scheduleRefresh(); }, 5_000)
    : undefined;
  sweep?.unref();

  const app = createApp({
    services, logger, version: packageJson.version,
    limits: {
      maxBodyBytes: config.MAX_BODY_BYTES, requestsPerMinute: config.RATE_LIMIT_PER_MINUTE,
      page: { defaultSize: config.PAGE_SIZE_DEFAULT, maxSize: config.PAGE_SIZE_MAX },
    },
    corsOrigins: config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    trustProxy: trustProxySetting(config.TRUST_PROXY),
    readAccess: config.READ_ACCESS,
  });
  const server: Server = app.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    logger.info({ port }, `Parallax listening on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port} (docs at /docs)`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    const force = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    clearInterval(sweep);
    server.close(async () => {
      await Promise.all([services.analysis.stopReanalysis(), services.comparisons.stopRefresh(), services.apiKeys.stop()]);
      await db.close();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
