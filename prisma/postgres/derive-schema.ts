// Derives the PostgreSQL data model from prisma/schema.prisma, the one source of truth.
// Usage: npm run db:derive-postgres (writes prisma/postgres/schema.prisma; `--check`
// only compares). A test fails when the written file or the migration histories drift.
import fs from 'node:fs';
import path from 'node:path';

export const sqliteSchemaPath = path.join(__dirname, '..', 'schema.prisma');
export const postgresSchemaPath = path.join(__dirname, 'schema.prisma');

const header = `// GENERATED from prisma/schema.prisma by prisma/postgres/derive-schema.ts: do not edit.
// Change prisma/schema.prisma, then run \`npm run db:derive-postgres\`.
`;

/**
 * The SQLite data model with the provider swapped and the client written to its own
 * folder. Nothing else differs: Json becomes jsonb, DateTime timestamp(3) and Float
 * double precision by Prisma's own PostgreSQL defaults, which hold every value SQLite
 * stores. Throws when the input does not look like our schema, so a rename of the
 * datasource or the generator cannot silently produce a SQLite schema twice.
 */
export function derivePostgresSchema(sqliteSchema: string): string {
  const provider = /(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/u;
  const output = /(generator client \{[^}]*?output\s*=\s*)"\.\.\/src\/db\/generated"/u;
  if (!provider.test(sqliteSchema)) throw new Error('expected datasource db with provider = "sqlite" in prisma/schema.prisma');
  if (!output.test(sqliteSchema)) throw new Error('expected generator client with output = "../src/db/generated" in prisma/schema.prisma');
  const body = sqliteSchema
    .replace(provider, '$1"postgresql"')
    .replace(output, '$1"../../src/db/generated-pg"')
    // The SQLite schema's own header tells readers to edit that file; here it would mislead.
    .replace(/^(\/\/[^\n]*\n)+\n?/u, '');
  return `${header}\n${body}`;
}

function main(): void {
  const derived = derivePostgresSchema(fs.readFileSync(sqliteSchemaPath, 'utf8'));
  const current = fs.existsSync(postgresSchemaPath) ? fs.readFileSync(postgresSchemaPath, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== derived) {
      console.error('prisma/postgres/schema.prisma is out of date: run npm run db:derive-postgres');
      process.exit(1);
    }
    return;
  }
  if (current !== derived) fs.writeFileSync(postgresSchemaPath, derived);
  console.log(`${path.relative(process.cwd(), postgresSchemaPath)} ${current === derived ? 'is up to date' : 'written'}`);
}

if (require.main === module) main();
