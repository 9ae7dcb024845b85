import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { type ApiKeyInfo, type Caller, type CreatedApiKey, type Scope } from '../domain/api-key.ts';
import { AppError } from '../domain/errors.ts';
import type { Db } from '../db/create-db.ts';
import {
  apiKeysFingerprint, findApiKey, findApiKeyByHash, insertApiKey, listApiKeys, revokeApiKey, touchApiKeys,
} from '../db/api-key-repository.ts';

export interface ApiKeyService {
  /** Creates a key; the plaintext in the answer is never stored and cannot be shown again. */
  create(input: { name: string; scopes: readonly Scope[] }): Promise<CreatedApiKey>;
  list(): Promise<ApiKeyInfo[]>;
  get(id: number): Promise<ApiKeyInfo>;
  /** Revokes a key; the next request that presents it is refused. Revoking twice keeps the first time. */
  revoke(id: number): Promise<ApiKeyInfo>;
  /** Who presents `token`: a key's caller, or `invalid` for a malformed, unknown or revoked key. */
  authenticate(token: string): Promise<Caller>;
  /** Starts noticing keys created or revoked by other processes (the command line, other instances). */
  start(): void;
  /** Stops watching and writes the pending last-used times. */
  stop(): Promise<void>;
}

export interface ApiKeyServiceOptions {
  /** How often to look for key changes made by other processes. */
  readonly refreshMs?: number;
  /** How often last-used times are written (a request never waits for that write). */
  readonly lastUsedFlushMs?: number;
}

/** plx_<8 hex: the visible prefix>_<43 base64url: 256 random bits>. */
const keyPattern = /^(plx_[0-9a-f]{8})_[A-Za-z0-9_-]{43}$/u;

/**
 * A fast hash is right here: the secret carries 256 random bits, so there is nothing
 * to brute-force, unlike a password; sha256 keeps a lookup to one map access.
 */
function hashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function generateKey(): { key: string; prefix: string } {
  const prefix = `plx_${randomBytes(4).toString('hex')}`;
  return { key: `${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

function keyNotFound(id: number): AppError {
  return new AppError('not-found', `no API key with id ${id}`);
}

/**
 * Keys, with lookups cached in memory so authentication costs no query once a key has
 * been seen. Revocation through this process drops the cached entry at once; a change
 * made elsewhere (CLI, another instance) is noticed by a fingerprint of the key table
 * read every `refreshMs` (one cheap query a second, not one per request).
 */
export function createApiKeyService(deps: { db: Db; now: () => Date; logger?: Logger | undefined }, options: ApiKeyServiceOptions = {}): ApiKeyService {
  const { db, now } = deps;
  const byHash = new Map<string, ApiKeyInfo>();
  const lastUsed = new Map<number, Date>();
  let fingerprint: string | undefined;
  // Bumped whenever the cache is dropped: a lookup that began before a drop may have
  // read a key another process has revoked since, so it must not cache what it read.
  let generation = 0;
  let refreshTimer: NodeJS.Timeout | undefined;
  let flushTimer: NodeJS.Timeout | undefined;

  async function refresh(): Promise<void> {
    const current = await apiKeysFingerprint(db.reader);
    // The first reading drops the cache too: keys looked up before it may have been
    // revoked before it, and a later change of the fingerprint would not show that.
    if (current !== fingerprint) {
      byHash.clear();
      generation += 1;
    }
    fingerprint = current;
  }

  async function flushLastUsed(): Promise<void> {
    if (lastUsed.size === 0) return;
    const batch = new Map(lastUsed);
    lastUsed.clear();
    await db.write((tx) => touchApiKeys(tx, batch));
  }

  const logFailure = (what: string) => (error: unknown) => deps.logger?.error({ err: error }, `API keys: ${what} failed`);

  return {
    async create({ name, scopes }) {
      const unique = [...new Set(scopes)];
      for (let attempt = 0; ; attempt += 1) {
        const { key, prefix } = generateKey();
        try {
          const info = await db.write((tx) => insertApiKey(tx, { name, prefix, hash: hashOf(key), scopes: unique }));
          return { ...info, key };
        } catch (error) {
          // Two keys sharing 32 random prefix bits is rare; try another before giving up.
          if (attempt >= 3) throw error;
        }
      }
    },

    list: () => listApiKeys(db.reader),

    async get(id) {
      const info = await findApiKey(db.reader, id);
      if (!info) throw keyNotFound(id);
      return info;
    },

    async revoke(id) {
      const info = await db.write((tx) => revokeApiKey(tx, id, now()));
      if (!info) throw keyNotFound(id);
      for (const [hash, cached] of byHash) if (cached.id === id) byHash.delete(hash);
      return info;
    },

    async authenticate(token) {
      if (!keyPattern.test(token)) return { kind: 'invalid' };
      const hash = hashOf(token);
      let info = byHash.get(hash);
      if (!info) {
        const lookedUpIn = generation;
        const found = await findApiKeyByHash(db.reader, hash);
        if (!found) return { kind: 'invalid' };
        info = found;
        if (!info.revokedAt && lookedUpIn === generation) byHash.set(hash, info);
      }
      if (info.revokedAt) return { kind: 'invalid' };
      lastUsed.set(info.id, now());
      return { kind: 'key', keyId: info.id, name: info.name, scopes: info.scopes };
    },

    start() {
      if (refreshTimer) return;
      void refresh().catch(logFailure('reading the key table'));
      refreshTimer = setInterval(() => { void refresh().catch(logFailure('reading the key table')); }, options.refreshMs ?? 1000);
      flushTimer = setInterval(() => { void flushLastUsed().catch(logFailure('recording last use')); }, options.lastUsedFlushMs ?? 60_000);
      refreshTimer.unref();
      flushTimer.unref();
    },

    async stop() {
      clearInterval(refreshTimer);
      clearInterval(flushTimer);
      refreshTimer = undefined;
      await flushLastUsed();
    },
  };
}

