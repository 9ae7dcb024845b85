import { z } from 'zod';
import type { AppServices } from '../../services/create-services.ts';
import { defineRoute } from '../define-route.ts';
import { ApiKeyList, ApiKeyView, CreatedApiKeyView, NewApiKeyBody, toApiKeyView, toCreatedApiKeyView } from '../schemas/api-key.ts';
import { IdParam } from '../schemas/common.ts';
import { problems } from './responses.ts';

const KeyIdParams = z.object({ keyId: IdParam });

export function apiKeyRoutes() {
  return [
    defineRoute({
      method: 'post', access: 'admin', path: '/v1/keys', operationId: 'createApiKey', tags: ['keys'],
      summary: 'Create an API key', description: 'The answer holds the key itself, once; store it at once. Only its hash is kept.',
      body: NewApiKeyBody,
      responses: {
        201: { description: 'Created', schema: CreatedApiKeyView, headers: { Location: 'URL of the new key' } },
        ...problems('invalid-input', 'malformed-json', 'unsupported-media-type', 'payload-too-large'),
      },
      handler: async ({ body }, services: AppServices) => {
        const created = await services.apiKeys.create(body);
        return { status: 201, body: toCreatedApiKeyView(created), headers: { Location: `/v1/keys/${created.id}`, 'Cache-Control': 'no-store' } };
      },
    }),
    defineRoute({
      method: 'get', access: 'admin', path: '/v1/keys', operationId: 'listApiKeys', tags: ['keys'],
      summary: 'List API keys', description: 'Every key, revoked ones included, newest first; never the secret.',
      responses: { 200: { description: 'All keys', schema: ApiKeyList } },
      handler: async (_input, services: AppServices) => ({ status: 200, body: { items: (await services.apiKeys.list()).map(toApiKeyView) } }),
    }),
    defineRoute({
      method: 'get', access: 'admin', path: '/v1/keys/{keyId}', operationId: 'getApiKey', tags: ['keys'],
      summary: 'Get an API key', params: KeyIdParams,
      responses: { 200: { description: 'The key', schema: ApiKeyView }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params }, services: AppServices) => ({ status: 200, body: toApiKeyView(await services.apiKeys.get(params.keyId)) }),
    }),
    defineRoute({
      method: 'delete', access: 'admin', path: '/v1/keys/{keyId}', operationId: 'revokeApiKey', tags: ['keys'],
      summary: 'Revoke an API key',
      description: 'The next request with the key is refused with 401. The key stays listed with its revocation time, and the writes it made keep naming it.',
      params: KeyIdParams,
      responses: { 200: { description: 'The revoked key', schema: ApiKeyView }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params }, services: AppServices) => ({ status: 200, body: toApiKeyView(await services.apiKeys.revoke(params.keyId)) }),
    }),
  ];
}
