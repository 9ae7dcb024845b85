import type { Scope } from '../../src/domain/api-key.ts';
import { createDb } from '../../src/db/create-db.ts';
import { migrateDatabase } from '../../src/db/migrate-database.ts';
import { createApiKeyService } from '../../src/services/api-key-service.ts';

/** Creates a key in the database at `url` (migrating it first), as `npm run keys -- create` would. */
export async function createKeyIn(url: string, scopes: readonly Scope[], name = 'test'): Promise<string> {
  await migrateDatabase(url);
  const db = await createDb(url, { busyTimeoutMs: 5000 });
  try {
    return (await createApiKeyService({ db, now: () => new Date() }).create({ name, scopes })).key;
  } finally {
    await db.close();
  }
}
