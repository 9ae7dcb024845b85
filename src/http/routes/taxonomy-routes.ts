import { keyIdOf } from '../../domain/api-key.ts';
import { z } from 'zod';
import type { StoredTaxonomy, Topic } from '../../domain/analysis/types.ts';
import { AppError } from '../../domain/errors.ts';
import type { AppServices } from '../../services/create-services.ts';
import { defineRoute, etag, ifMatchVersion } from '../define-route.ts';
import { TaxonomyBody, TaxonomyView, TopicBody } from '../schemas/analysis.ts';
import { iso, Label } from '../schemas/common.ts';
import { IfMatchHeader } from './if-match.ts';
import { etagHeader, problems } from './responses.ts';

const VersionList = z.object({
  items: z.array(z.object({ version: z.number().int(), note: z.string().nullable(), createdAt: z.string(), apiKeyId: z.number().int().nullable(), topicCount: z.number().int() })),
}).meta({ id: 'TaxonomyVersionList' });
const TopicParams = z.object({ topicId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case topic id') });
const NoteQuery = z.object({ note: Label(2000).optional() });
const bodyProblems = ['invalid-input', 'invalid-taxonomy', 'stale-revision', 'malformed-json', 'unsupported-media-type', 'payload-too-large'] as const;

/** Bodies hold null for "none"; the domain's topics leave such fields out. */
function toTopic(body: z.infer<typeof TopicBody>): Topic {
  return {
    id: body.id, label: body.label, terms: body.terms,
    ...(body.parent ? { parent: body.parent } : {}),
    ...(body.description ? { description: body.description } : {}),
    ...(body.excludes ? { excludes: body.excludes } : {}),
  };
}

function toTaxonomyView(taxonomy: StoredTaxonomy) {
  return { version: taxonomy.version, note: taxonomy.note, createdAt: iso(taxonomy.createdAt), apiKeyId: taxonomy.apiKeyId, topics: taxonomy.topics as z.infer<typeof TopicBody>[] };
}

const saved = (taxonomy: StoredTaxonomy) => ({ status: 200, body: toTaxonomyView(taxonomy), headers: { ETag: etag(taxonomy.version) } });

export function taxonomyRoutes() {
  return [
    defineRoute({
      method: 'get', access: 'read', path: '/v1/taxonomy', operationId: 'getTaxonomy', tags: ['taxonomy'],
      summary: 'The current topic taxonomy', description: 'Topics with terms in English, Chinese, Korean and Japanese, and their hierarchy. The ETag is the version.',
      responses: { 200: { description: 'The current taxonomy', schema: TaxonomyView, headers: etagHeader } },
      handler: async (_input, services: AppServices) => saved(await services.taxonomy.current()),
    }),
    defineRoute({
      method: 'put', access: 'admin', path: '/v1/taxonomy', operationId: 'replaceTaxonomy', tags: ['taxonomy'],
      summary: 'Replace the taxonomy', description: 'Stores the topics as a new version (the old ones stay readable) and re-analyses every readout in the background.',
      body: TaxonomyBody, requestHeaders: IfMatchHeader,
      responses: { 200: { description: 'The new version', schema: TaxonomyView, headers: etagHeader }, ...problems(...bodyProblems) },
      handler: async ({ body, headers, caller }, services: AppServices) =>
        saved(await services.taxonomy.replace(body.topics.map(toTopic), { note: body.note ?? null, byKeyId: keyIdOf(caller) }, ifMatchVersion(headers))),
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/taxonomy/versions', operationId: 'listTaxonomyVersions', tags: ['taxonomy'],
      summary: 'Every taxonomy version', description: 'Newest first.',
      responses: { 200: { description: 'The versions', schema: VersionList } },
      handler: async (_input, services: AppServices) => ({
        status: 200, body: { items: (await services.taxonomy.versions()).map((v) => ({ ...v, createdAt: iso(v.createdAt) })) },
      }),
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/taxonomy/versions/{version}', operationId: 'getTaxonomyVersion', tags: ['taxonomy'],
      summary: 'One taxonomy version', params: z.object({ version: z.string().regex(/^[1-9][0-9]{0,8}$/, 'must be a version number').transform(Number) }),
      responses: { 200: { description: 'That version', schema: TaxonomyView }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params }, services: AppServices) => ({ status: 200, body: toTaxonomyView(await services.taxonomy.version(params.version)) }),
    }),
    defineRoute({
      method: 'put', access: 'admin', path: '/v1/taxonomy/topics/{topicId}', operationId: 'putTopic', tags: ['taxonomy'],
      summary: 'Add or replace one topic', description: 'Makes a new taxonomy version; `note` (query) says why.',
      params: TopicParams, query: NoteQuery, body: TopicBody, requestHeaders: IfMatchHeader,
      responses: { 200: { description: 'The new version', schema: TaxonomyView, headers: etagHeader }, ...problems(...bodyProblems) },
      handler: async ({ params, query, body, headers, caller }, services: AppServices) => {
        if (body.id !== params.topicId) {
          throw new AppError('invalid-input', 'the topic id in the body differs from the one in the path', [
            { in: 'body', pointer: '#/id', detail: `must equal the path's topic id '${params.topicId}'` },
          ]);
        }
        return saved(await services.taxonomy.upsertTopic(toTopic(body), { note: query.note ?? null, byKeyId: keyIdOf(caller) }, ifMatchVersion(headers)));
      },
    }),
    defineRoute({
      method: 'delete', access: 'admin', path: '/v1/taxonomy/topics/{topicId}', operationId: 'deleteTopic', tags: ['taxonomy'],
      summary: 'Remove one topic', description: 'Makes a new taxonomy version. Refused (invalid-taxonomy) while other topics name it as parent.',
      params: TopicParams, query: NoteQuery, requestHeaders: IfMatchHeader,
      responses: { 200: { description: 'The new version', schema: TaxonomyView, headers: etagHeader }, ...problems('not-found', 'invalid-taxonomy', 'stale-revision', 'invalid-input') },
      handler: async ({ params, query, headers, caller }, services: AppServices) =>
        saved(await services.taxonomy.removeTopic(params.topicId, { note: query.note ?? null, byKeyId: keyIdOf(caller) }, ifMatchVersion(headers))),
    }),
  ];
}
