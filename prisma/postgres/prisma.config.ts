// Prisma CLI configuration for the PostgreSQL provider:
// `prisma <command> --config prisma/postgres/prisma.config.ts`. As with the SQLite
// configuration, the driver adapter lets the CLI run Prisma's WASM schema engine, so
// nothing is downloaded. The adapter only connects for commands that need a database.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgresql://localhost:5432/parallax';
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'migrations') },
  adapter: async () => new PrismaPg({ connectionString: url }),
});
