// Writes prisma/migrations/<timestamp>_<name>/ from the change between the schema
// the latest migration was made from (its schema.prisma snapshot) and the current
// prisma/schema.prisma. Usage: npm run db:migration -- <name>
// `prisma migrate dev` cannot be used here: its shadow database needs multi-statement
// SQL, which the better-sqlite3 driver adapter does not run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const migrationsDir = path.join(__dirname, 'migrations');
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
}

main();
