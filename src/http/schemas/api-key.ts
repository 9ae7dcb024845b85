import { z } from 'zod';
import { scopes, type ApiKeyInfo, type CreatedApiKey } from '../../domain/api-key.ts';
import { iso, Label } from './common.ts';

export const NewApiKeyBody = z.strictObject({
  name: Label(200).meta({ description: 'Who or what uses the key; shown in lists and recorded with every write.', example: 'trade desk ingest' }),
  scopes: z.array(z.enum(scopes)).min(1, 'must name at least one scope').max(3)
    .meta({ description: 'read < write < admin: each includes the ones before it.', example: ['write'] }),
}).meta({ id: 'NewApiKey' });

export const ApiKeyView = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string().meta({ description: 'The first characters of the key, to recognise it; not usable to call with.', example: 'plx_1a2b3c4d' }),
  scopes: z.array(z.enum(scopes)),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().meta({ description: 'Recorded in batches: up to a minute late.' }),
  revokedAt: z.string().nullable(),
}).meta({ id: 'ApiKey' });

export const CreatedApiKeyView = ApiKeyView.extend({
  key: z.string().meta({ description: 'The key itself. Shown this once: only its hash is stored.' }),
}).meta({ id: 'CreatedApiKey' });

export const ApiKeyList = z.object({ items: z.array(ApiKeyView) }).meta({ id: 'ApiKeyList' });

const isoOrNull = (date: Date | null) => (date ? iso(date) : null);

export function toApiKeyView(info: ApiKeyInfo): z.infer<typeof ApiKeyView> {
  return {
    id: info.id, name: info.name, prefix: info.prefix, scopes: [...info.scopes],
    createdAt: iso(info.createdAt), lastUsedAt: isoOrNull(info.lastUsedAt), revokedAt: isoOrNull(info.revokedAt),
  };
}

export function toCreatedApiKeyView(created: CreatedApiKey): z.infer<typeof CreatedApiKeyView> {
  return { ...toApiKeyView(created), key: created.key };
}
