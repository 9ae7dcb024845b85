import { z } from 'zod';

/**
 * Every setting Parallax reads, with its default and meaning. This module is the
 * only reader of process.env; `.env.example` lists exactly these keys (a test checks).
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000)
    .describe('TCP port the HTTP server listens on.'),
  HOST: z.string().min(1).default('0.0.0.0')
    .describe('Interface the HTTP server binds to.'),
  DATABASE_URL: z.string().regex(/^(file:|postgres(ql)?:\/\/)/u, 'must be a SQLite file URL such as file:./data/parallax.db or a PostgreSQL URL such as postgresql://user@host:5432/parallax')
    .default('file:./data/parallax.db')
    .describe('SQLite database file (file:…), created and migrated at start; or a PostgreSQL database (postgresql://…), migrated at start.'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10)
    .describe('PostgreSQL only: connections in each instance\'s pool.'),
  SEED_DEMO: booleanFromEnv.default(true)
    .describe('Load the demo meeting (China-Korea, APEC Detroit 2023) when the database is empty.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')
    .describe('pino log level.'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024)
    .describe('Largest accepted request body in bytes; larger bodies get 413.'),
  PAGE_SIZE_DEFAULT: z.coerce.number().int().min(1).max(1000).default(50)
    .describe('Items per page when a list request sets no limit.'),
  PAGE_SIZE_MAX: z.coerce.number().int().min(1).max(1000).default(200)
    .describe('Largest page a list request may ask for.'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000)
    .describe('How long SIGTERM waits for in-flight requests before closing connections.'),
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000)
    .describe('How long SQLite waits on a locked database before failing.'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600)
    .describe('Requests one API key, or one client address without a key, may make per minute; more get 429.'),
  CORS_ORIGINS: z.string().default('')
    .describe('Comma-separated origins allowed to call the API from a browser; empty turns CORS off.'),
  READ_ACCESS: z.enum(['open', 'key']).default('open')
    .describe('open: anyone may read; key: reads need an API key with the read scope. Writes always need a key.'),
  TRUST_PROXY: z.string().default('false')
    .describe("Express 'trust proxy' setting: false, true, a hop count or a list of proxy addresses."),
});

export type Config = z.infer<typeof configSchema>;

/** Reads and validates the environment once; throws listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
