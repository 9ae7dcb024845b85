import { dialectOf, postgresDialect, providerOf } from '../../src/db/dialect.ts';
import { toWebSearchQuery } from '../../src/db/postgres-statement-search.ts';
import { createTestDb, type TestDb } from '../helpers/test-db.ts';

let testDb: TestDb;
beforeAll(async () => { testDb = await createTestDb(); });
afterAll(async () => { await testDb.destroy(); });

describe('providerOf', () => {
  it.each([
    ['file:./data/parallax.db', 'sqlite'],
    ['postgresql://parallax@db:5432/parallax', 'postgresql'],
    ['postgres://parallax@db/parallax', 'postgresql'],
  ])('%s is %s', (url, provider) => {
    expect(providerOf(url)).toBe(provider);
  });

  it('when the URL names another database, says which schemes it accepts', () => {
    expect(() => providerOf('mysql://db/parallax')).toThrow(/file: \(SQLite\) or postgresql:\/\/ \(PostgreSQL\), got 'mysql:…'/u);
  });
});

describe('dialectOf', () => {
  it('when given the reader or a transaction opened on it, names the provider of the database', async () => {
    const expected = providerOf(testDb.url);

    const inTransaction = await testDb.db.write(async (tx) => dialectOf(tx).provider);

    expect([dialectOf(testDb.db.reader).provider, inTransaction, testDb.db.provider]).toEqual([expected, expected, expected]);
  });

  it('when a free row is locked for a job, returns it', async () => {
    const meeting = await testDb.db.write((tx) => tx.meeting.create({ data: { title: 'Lock', date: new Date('2024-01-01'), kind: 'call', tags: [] } }));

    const locked = await testDb.db.write((tx) => dialectOf(tx).lockRows(tx, 'Meeting', [meeting.id]));

    expect(locked).toEqual([meeting.id]);
  });
});

describe('PostgreSQL retries', () => {
  it.each([
    ['P2034 (write conflict or deadlock)', { code: 'P2034' }, true],
    ['SQLSTATE 40001 under a driver error', { cause: { originalCode: '40001' } }, true],
    ['SQLSTATE 40P01 (deadlock)', { meta: { code: '40P01' } }, true],
    // What $executeRaw throws when its UPDATE meets a concurrent update.
    ['a raw query failure (P2010) caused by 40001', { code: 'P2010', meta: { driverAdapterError: { cause: { originalCode: '40001' } } } }, true],
    ['a unique violation (P2002): a real conflict, answered 409', { code: 'P2002' }, false],
    ['a plain error', new Error('boom'), false],
  ])('%s: retryable %s', (_name, error, retryable) => {
    expect(postgresDialect.isRetryable(error)).toBe(retryable);
  });
});

describe('toWebSearchQuery', () => {
  it.each([
    ['semiconductors licence', '"semiconductors" "licence"'],
    // Quotes cannot be escaped in websearch syntax; they are not word characters anyway.
    ['"unbalanced AND (NEAR', '"unbalanced" "AND" "(NEAR"'],
    ['say "hi"there', '"say" "hi there"'],
    ['   \u0000 ', null],
  ])('%j becomes %j', (text, query) => {
    expect(toWebSearchQuery(text)).toBe(query);
  });
});
