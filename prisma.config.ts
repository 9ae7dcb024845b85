// Prisma CLI configuration. The driver adapter lets the CLI use Prisma's WASM
// schema engine, so `prisma generate` and `prisma migrate deploy` need no native
// engine download (none is reachable from our build machines).
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

const url = process.env.DATABASE_URL ?? 'file:./data/parallax.db';
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => {
    // The adapter opens the file even for commands that only compare schemas.
    fs.mkdirSync(path.dirname(url.replace(/^file:/, '')), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
