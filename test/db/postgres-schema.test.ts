import fs from 'node:fs';
import path from 'node:path';
import { derivePostgresSchema, postgresSchemaPath, sqliteSchemaPath } from '../../prisma/postgres/derive-schema.ts';

const root = path.join(__dirname, '..', '..');
const sqliteMigrations = path.join(root, 'prisma', 'migrations');
const postgresMigrations = path.join(root, 'prisma', 'postgres', 'migrations');

const steps = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const read = (...parts: string[]) => fs.readFileSync(path.join(...parts), 'utf8');

describe('PostgreSQL schema and migration history', () => {
  it('when derived from prisma/schema.prisma, equals prisma/postgres/schema.prisma (run npm run db:derive-postgres)', () => {
    expect(read(postgresSchemaPath)).toBe(derivePostgresSchema(read(sqliteSchemaPath)));
  });

  it('when both histories are listed, have the same step names in the same order', () => {
    expect(steps(postgresMigrations)).toEqual(steps(sqliteMigrations));
  });

  it.each(steps(sqliteMigrations))('step %s: the PostgreSQL snapshot is the derived SQLite snapshot', (step) => {
    expect(read(postgresMigrations, step, 'schema.prisma')).toBe(derivePostgresSchema(read(sqliteMigrations, step, 'schema.prisma')));
    expect(fs.existsSync(path.join(postgresMigrations, step, 'migration.sql'))).toBe(true);
  });

  it('when the latest step is compared with the current schema, they are equal (no change lacks its migration)', () => {
    const latest = steps(sqliteMigrations).at(-1) ?? '';

    expect(read(sqliteMigrations, latest, 'schema.prisma')).toBe(read(sqliteSchemaPath));
  });

  // Search objects each database builds its own way, with the text that shows the other
  // side has its counterpart. FTS5 tables need a trigger to drop a deleted statement's
  // row, where "StatementSearch" on PostgreSQL cascades; SQLite's trigram table is kept
  // by triggers, where pg_trgm indexes the Statement columns themselves.
  const dialectSearchObjects = [
    { sqlite: ['Statement_search_delete'], postgresql: [], counterpart: /USING GIN \("document"\)/u },
    {
      sqlite: ['Statement_trigram_insert', 'Statement_trigram_update', 'Statement_trigram_delete'], postgresql: [],
      counterpart: /USING GIN \("text" gin_trgm_ops\)/u,
    },
  ];
  const history = (dir: string) => steps(dir).map((step) => read(dir, step, 'migration.sql')).join('\n');
  const triggers = (sql: string) => [...sql.matchAll(/CREATE TRIGGER "([^"]+)"/gu)].map((m) => m[1] ?? '').sort();

  it('when the SQLite history has hand-written search and staleness triggers, the PostgreSQL one has their counterparts', () => {
    const only = (provider: 'sqlite' | 'postgresql') => new Set(dialectSearchObjects.flatMap((objects) => objects[provider]));
    const shared = (dir: string, provider: 'sqlite' | 'postgresql') => triggers(history(dir)).filter((name) => !only(provider).has(name));

    expect(shared(postgresMigrations, 'postgresql')).toEqual(shared(sqliteMigrations, 'sqlite'));
  });

  it.each(dialectSearchObjects)('when $sqlite are SQLite-only search triggers, both histories hold their own form', ({ sqlite, postgresql, counterpart }) => {
    expect(triggers(history(sqliteMigrations))).toEqual(expect.arrayContaining(sqlite));
    expect(triggers(history(postgresMigrations))).toEqual(expect.arrayContaining(postgresql));
    expect(history(postgresMigrations)).toMatch(counterpart);
  });

  it.each([
    ['a schema without the sqlite provider', 'datasource db {\n  provider = "postgresql"\n}'],
    ['a schema whose client goes elsewhere', 'generator client {\n  output = "./x"\n}\ndatasource db {\n  provider = "sqlite"\n}'],
  ])('when given %s, refuses to derive', (_name, schema) => {
    expect(() => derivePostgresSchema(schema)).toThrow(/expected/u);
  });
});
