import { z } from 'zod';
import type { AppServices } from '../../services/create-services.ts';
import { defineRoute } from '../define-route.ts';
import { problems } from './responses.ts';

const Health = z.object({
  status: z.enum(['ok']),
  database: z.discriminatedUnion('provider', [
    z.object({
      provider: z.literal('sqlite'), reachable: z.boolean(),
      journalMode: z.string(), synchronous: z.string(), foreignKeys: z.boolean(), busyTimeoutMs: z.number(),
    }).meta({ description: 'The embedded SQLite file: WAL journal, synchronous=FULL, foreign keys on, busy timeout.' }),
    z.object({
      provider: z.literal('postgresql'), reachable: z.boolean(),
      serverVersion: z.string(), writeIsolation: z.literal('serializable'), synchronousCommit: z.string(), poolSize: z.number().int(),
    }).meta({ description: 'A PostgreSQL database shared by every instance: writes run SERIALIZABLE and are retried on serialization failures; poolSize is this instance\'s.' }),
  ]),
  analysis: z.object({
    pendingReanalysis: z.number().int().meta({ description: 'Readouts waiting for the background re-analysis (after a taxonomy, meeting or party change).' }),
  }),
}).meta({ id: 'Health' });

export function systemRoutes(openApi: () => unknown) {
  return [
    defineRoute({
      method: 'get', access: 'public', path: '/healthz', operationId: 'health', tags: ['system'],
      summary: 'Service and database health', description: 'Answers 200 when the database answers a query; the body names the provider and shows its durability settings.',
      responses: { 200: { description: 'Healthy', schema: Health }, ...problems('unavailable') },
      handler: async (_input, services: AppServices) => ({ status: 200, body: { status: 'ok', ...(await services.health.check()) } }),
    }),
    defineRoute({
      method: 'get', access: 'public', path: '/v1/openapi.json', operationId: 'openApi', tags: ['system'],
      summary: 'This OpenAPI 3.1 document', description: 'Interactive docs at /docs.',
      responses: { 200: { description: 'The document' } },
      handler: async () => ({ status: 200, body: openApi() }),
    }),
  ];
}
