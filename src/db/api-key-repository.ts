import type { ApiKeyInfo, Scope } from '../domain/api-key.ts';
import { scopes as knownScopes } from '../domain/api-key.ts';
import type { Reader, Tx } from './create-db.ts';
import { toStringArray } from './json-array.ts';

const infoSelect = { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

interface KeyRow { id: number; name: string; prefix: string; scopes: unknown; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }

function toInfo(row: KeyRow): ApiKeyInfo {
  const held = toStringArray(row.scopes).filter((scope): scope is Scope => (knownScopes as readonly string[]).includes(scope));
  return { id: row.id, name: row.name, prefix: row.prefix, scopes: held, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt };
}

export async function insertApiKey(tx: Tx, key: { name: string; prefix: string; hash: string; scopes: readonly Scope[] }): Promise<ApiKeyInfo> {
  return toInfo(await tx.apiKey.create({ select: infoSelect, data: { ...key, scopes: [...key.scopes] } }));
}

export async function findApiKeyByHash(db: Reader, hash: string): Promise<ApiKeyInfo | null> {
  const row = await db.apiKey.findUnique({ select: infoSelect, where: { hash } });
  return row ? toInfo(row) : null;
}

export async function findApiKey(db: Reader, id: number): Promise<ApiKeyInfo | null> {
  const row = await db.apiKey.findUnique({ select: infoSelect, where: { id } });
  return row ? toInfo(row) : null;
}

/** Every key, newest first; a deployment holds tens of keys, not thousands, so no paging. */
export async function listApiKeys(db: Reader): Promise<ApiKeyInfo[]> {
  return (await db.apiKey.findMany({ select: infoSelect, orderBy: { id: 'desc' } })).map(toInfo);
}

/** Sets revokedAt once; revoking a revoked key keeps the first time. Null when no such key. */
export async function revokeApiKey(tx: Tx, id: number, at: Date): Promise<ApiKeyInfo | null> {
  const result = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
  const row = await tx.apiKey.findUnique({ select: infoSelect, where: { id } });
  return row && (result.count > 0 || row.revokedAt) ? toInfo(row) : null;
}

/** Records when keys were last used; `updatedAt` is left alone so this does not look like a revocation. */
export async function touchApiKeys(tx: Tx, lastUsed: ReadonlyMap<number, Date>): Promise<void> {
  for (const [id, at] of lastUsed) {
    await tx.$executeRaw`UPDATE "ApiKey" SET "lastUsedAt" = ${at} WHERE "id" = ${id} AND ("lastUsedAt" IS NULL OR "lastUsedAt" < ${at})`;
  }
}

/**
 * A fingerprint of the key table that changes whenever a key is created or revoked,
 * by this process or any other (the command line, a second instance). The count of
 * revoked keys moves with every revocation, whatever the clock resolution; the latest
 * change is read as milliseconds because PostgreSQL returns a Date, whose String() form
 * drops them.
 */
export async function apiKeysFingerprint(db: Reader): Promise<string> {
  const rows = await db.$queryRaw<{ n: bigint | number; revoked: bigint | number; latest: unknown }[]>`
    SELECT COUNT(*) AS n, COUNT("revokedAt") AS revoked, MAX("updatedAt") AS latest FROM "ApiKey"`;
  const row = rows[0];
  const latest = row?.latest instanceof Date ? row.latest.getTime() : String(row?.latest ?? '');
  return `${Number(row?.n ?? 0)}:${Number(row?.revoked ?? 0)}:${latest}`;
}
