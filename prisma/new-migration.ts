// Writes prisma/migrations/<timestamp>_<name>/ from the change between the schema
// the latest migration was made from (its schema.prisma snapshot) and the current
// prisma/schema.prisma, and its PostgreSQL twin prisma/postgres/migrations/<same name>/
// from the derived schemas. Usage: npm run db:migration -- <name>
// The PostgreSQL diff needs a server to connect to (the WASM schema engine connects
// through the adapter even to compare two files): set POSTGRES_DIFF_URL=postgresql://…
// `prisma migrate dev` cannot be used here: its shadow database needs multi-statement
// SQL, which the better-sqlite3 driver adapter does not run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { derivePostgresSchema, postgresSchemaPath } from './postgres/derive-schema.ts';

const migrationsDir = path.join(__dirname, 'migrations');
const postgresMigrationsDir = path.join(__dirname, 'postgres', 'migrations');
const schemaPath = path.join(__dirname, 'schema.prisma');

function latestMigration(): string | undefined {
  return fs.readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .at(-1);
}

function main(): void {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('usage: npm run db:migration -- <snake_case_name>');
    process.exit(2);
  }
  const latest = latestMigration();
  const from = latest
    ? ['--from-schema-datamodel', path.join(migrationsDir, latest, 'schema.prisma')]
    : ['--from-empty'];
  const sql = execFileSync('npx', ['prisma', 'migrate', 'diff', ...from,
    '--to-schema-datamodel', schemaPath, '--script'], { encoding: 'utf8' });
  if (!/\b(CREATE|ALTER|DROP|INSERT|UPDATE)\b/.test(sql)) {
    console.log('The schema has not changed since the latest migration; nothing written.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  fs.copyFileSync(schemaPath, path.join(dir, 'schema.prisma'));
  console.log(`Wrote ${path.relative(process.cwd(), dir)}; review migration.sql and add any hand-written SQL (FTS tables, triggers).`);
  writePostgresTwin(latest, `${stamp}_${name}`);
}

function writePostgresTwin(latest: string | undefined, step: string): void {
  fs.writeFileSync(postgresSchemaPath, derivePostgresSchema(fs.readFileSync(schemaPath, 'utf8')));
  const dir = path.join(postgresMigrationsDir, step);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(postgresSchemaPath, path.join(dir, 'schema.prisma'));
  const url = process.env.POSTGRES_DIFF_URL;
  if (!url) {
    console.log(`Set POSTGRES_DIFF_URL=postgresql://… and run again to write ${path.relative(process.cwd(), dir)}/migration.sql; the drift test fails until it exists.`);
    return;
  }
  const from = latest
    ? ['--from-schema-datamodel', path.join(postgresMigrationsDir, latest, 'schema.prisma')]
    : ['--from-empty'];
  const sql = execFileSync('npx', ['prisma', 'migrate', 'diff', '--config', path.join(__dirname, 'postgres', 'prisma.config.ts'), ...from,
    '--to-schema-datamodel', postgresSchemaPath, '--script'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: url } });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}; add the PostgreSQL counterpart of any hand-written SQL (tsvector, plpgsql triggers).`);
}

main();
