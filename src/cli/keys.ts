import { parseArgs } from 'node:util';
import { scopes, type ApiKeyInfo, type Scope } from '../domain/api-key.ts';
import { AppError } from '../domain/errors.ts';
import { loadConfig } from '../config.ts';
import { createDb } from '../db/create-db.ts';
import { migrateDatabase } from '../db/migrate-database.ts';
import { createApiKeyService } from '../services/api-key-service.ts';

const usage = `usage:
  npm run keys -- create --name NAME --scope read|write|admin [--scope …] [--json]
  npm run keys -- list [--json]
  npm run keys -- revoke ID|PREFIX`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function describe(key: ApiKeyInfo): string {
  const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : `last used ${key.lastUsedAt?.toISOString() ?? 'never'}`;
  return `${String(key.id).padStart(4)}  ${key.prefix}  ${key.scopes.join(',').padEnd(16)}  ${key.name}  (created ${key.createdAt.toISOString()}, ${state})`;
}

/**
 * `npm run keys`: manages API keys on the configured database, also while the service
 * runs (it notices new and revoked keys within a second). The first admin key of a new
 * deployment can only come from here.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, scope: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } },
  });
  const [command, target] = positionals;
  if (!command || !['create', 'list', 'revoke'].includes(command)) fail(usage);

  const config = loadConfig(process.env);
  await migrateDatabase(config.DATABASE_URL);
  const db = await createDb(config.DATABASE_URL, { busyTimeoutMs: config.SQLITE_BUSY_TIMEOUT_MS, poolSize: 2 });
  const keys = createApiKeyService({ db, now: () => new Date() });
  try {
    if (command === 'create') {
      const name = values.name?.trim();
      const requested = (values.scope ?? []).flatMap((scope) => scope.split(',')).map((scope) => scope.trim());
      if (!name) fail(`--name is required\n${usage}`);
      const unknown = requested.filter((scope) => !(scopes as readonly string[]).includes(scope));
      if (requested.length === 0 || unknown.length > 0) fail(`--scope must be read, write or admin${unknown.length > 0 ? ` (got ${unknown.join(', ')})` : ''}\n${usage}`);
      const created = await keys.create({ name, scopes: requested as Scope[] });
      if (values.json) console.log(JSON.stringify({ ...created }));
      else console.log(`${describe(created)}\n\nKey (shown once, store it now):\n${created.key}`);
    } else if (command === 'list') {
      const all = await keys.list();
      if (values.json) console.log(JSON.stringify(all));
      else console.log(all.length > 0 ? all.map(describe).join('\n') : 'No API keys yet: npm run keys -- create --name NAME --scope admin');
    } else {
      if (!target) fail(`revoke needs a key id or prefix\n${usage}`);
      const match = (await keys.list()).find((key) => String(key.id) === target || key.prefix === target);
      if (!match) fail(`no API key with id or prefix ${target}`, 1);
      console.log(describe(await keys.revoke(match.id)));
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError || error instanceof Error ? error.message : error);
  process.exit(1);
});
