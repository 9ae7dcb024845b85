import { keyIdOf } from '../../domain/api-key.ts';
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { AppServices } from '../../services/create-services.ts';
import { defineRoute } from '../define-route.ts';
import { ImportBundleBody, ImportResultView } from '../schemas/import.ts';
import { ndjsonToBundle } from '../ndjson-bundle.ts';
import { problems } from './responses.ts';

/** The Idempotency-Key header, checked: printable, 1-200 characters. */
function idempotencyKeyOf(headers: IncomingHttpHeaders): string | undefined {
  const key = headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new AppError('invalid-input', 'Idempotency-Key must be 1-200 printable ASCII characters', [
      { in: 'header', pointer: '#/idempotency-key', detail: 'must be 1-200 printable ASCII characters without spaces' },
    ]);
  }
  return key;
}

export function importRoutes() {
  return [
    defineRoute({
      method: 'post', access: 'write', path: '/v1/import', operationId: 'importBundle', tags: ['import'],
      summary: 'Import parties, meetings and readouts in one go',
      description: [
        'All or nothing: the bundle is applied in one transaction, or not at all.',
        'Idempotent: parties match on `code`, meetings on `ref`, statements (within a meeting and party) on `sourceUrl`,',
        'or on identical text when they have no URL. A record equal to the stored one counts as unchanged; a changed one',
        'is updated (a statement gets a new revision). Send `application/json` (an ImportBundle) or `application/x-ndjson`',
        'with one record a line: {"type":"party",…}, {"type":"meeting","ref":…,…}, {"type":"statement","meeting":"<ref>",…}.',
      ].join(' '),
      body: ImportBundleBody,
      requestHeaders: z.object({
        'idempotency-key': z.string().optional().meta({ description: 'Any unique string (1-200 characters). The same key with the same body replays the first answer; with another body it is a 422.' }),
      }),
      bodyTypes: [{ mediaType: 'application/json' }, { mediaType: 'application/x-ndjson', parse: ndjsonToBundle }],
      responses: {
        200: { description: 'Counts of created, updated and unchanged records', schema: ImportResultView },
        ...problems('unknown-party', 'invalid-input', 'malformed-json', 'unsupported-media-type', 'payload-too-large'),
      },
      handler: async ({ body, headers, caller }, services: AppServices) => ({
        status: 200, body: await services.imports.run(body, { idempotencyKey: idempotencyKeyOf(headers), byKeyId: keyIdOf(caller) }),
      }),
    }),
  ];
}
