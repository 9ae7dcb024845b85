import { keyIdOf } from '../../domain/api-key.ts';
import { z } from 'zod';
import type { AppServices } from '../../services/create-services.ts';
import { defineRoute, etag, ifMatchVersion } from '../define-route.ts';
import { IdParam, type PageLimits, PageOf, pageQuery } from '../schemas/common.ts';
import {
  NewStatementBody, RevisionView, StatementChangesBody, statementListQuery, StatementView, toRevisionView, toStatementView,
} from '../schemas/statement.ts';
import { AnalysisView, toAnalysisView } from '../schemas/analysis.ts';
import { serializedOnce } from '../serialized-json.ts';
import { IfMatchHeader } from './if-match.ts';
import { etagHeader, problems } from './responses.ts';

const StatementPage = PageOf(StatementView, 'StatementPage');
const StatementWithAnalysis = StatementView.extend({
  analysis: AnalysisView.nullable().meta({ description: 'null only for a moment after a write, until the analysis is stored.' }),
}).meta({ id: 'StatementWithAnalysis' });
const RevisionList = z.object({ items: z.array(RevisionView) }).meta({ id: 'RevisionList' });
const MeetingIdParams = z.object({ meetingId: IdParam });
const StatementIdParams = z.object({ statementId: IdParam });
const bodyProblems = ['invalid-input', 'malformed-json', 'unsupported-media-type', 'payload-too-large'] as const;

export function statementRoutes(limits: PageLimits) {
  return [
    defineRoute({
      method: 'get', access: 'read', path: '/v1/meetings/{meetingId}/statements', operationId: 'listMeetingStatements', tags: ['statements'],
      summary: "List a meeting's readouts", params: MeetingIdParams, query: z.object(pageQuery(limits)),
      responses: { 200: { description: 'A page of statements', schema: StatementPage }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params, query }, services: AppServices) => {
        await services.meetings.get(params.meetingId);
        const page = await services.statements.list({ meetingId: params.meetingId, parties: [] }, query);
        return { status: 200, body: { items: page.items.map(toStatementView), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'post', access: 'write', path: '/v1/meetings/{meetingId}/statements', operationId: 'addStatement', tags: ['statements'],
      summary: 'Add a readout to a meeting', params: MeetingIdParams, body: NewStatementBody,
      responses: {
        201: { description: 'Created', schema: StatementView, headers: { Location: 'URL of the new statement', ...etagHeader } },
        ...problems('not-found', 'unknown-party', ...bodyProblems),
      },
      handler: async ({ params, body, caller }, services: AppServices) => {
        const statement = await services.statements.add(params.meetingId, body, keyIdOf(caller));
        return {
          status: 201, body: toStatementView(statement),
          headers: { Location: `/v1/statements/${statement.id}`, ETag: etag(statement.revision) },
        };
      },
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/statements', operationId: 'listStatements', tags: ['statements'],
      summary: 'Search and list readouts', description: 'All live statements, oldest first, filtered by party, meeting date, language and full text.',
      query: statementListQuery(limits),
      responses: { 200: { description: 'A page of statements', schema: StatementPage }, ...problems('invalid-input') },
      handler: async ({ query }, services: AppServices) => {
        const { limit, cursor, party, q, ...rest } = query;
        const page = await services.statements.list({ ...rest, parties: party, text: q }, { limit, cursor });
        return { status: 200, body: { items: page.items.map(toStatementView), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/statements/{statementId}', operationId: 'getStatement', tags: ['statements'],
      summary: 'Get a readout with its analysis', params: StatementIdParams,
      responses: { 200: { description: 'The statement', schema: StatementWithAnalysis, headers: etagHeader }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params }, services: AppServices) => {
        const readout = await services.statements.getWithAnalysis(params.statementId);
        const { statement, analysis } = readout;
        const body = serializedOnce([readout], () => ({ ...toStatementView(statement), analysis: analysis && toAnalysisView(analysis, statement.text) }));
        return { status: 200, body: body.text, contentType: 'application/json', headers: { ETag: etag(statement.revision) } };
      },
    }),
    defineRoute({
      method: 'patch', access: 'write', path: '/v1/statements/{statementId}', operationId: 'updateStatement', tags: ['statements'],
      summary: 'Change a readout',
      description: 'Fields left out stay as they are. A change records a new revision; a request that changes nothing records none.',
      params: StatementIdParams, body: StatementChangesBody, requestHeaders: IfMatchHeader,
      responses: {
        200: { description: 'The statement as it now stands', schema: StatementView, headers: etagHeader },
        ...problems('not-found', 'stale-revision', 'unknown-party', ...bodyProblems),
      },
      handler: async ({ params, body, headers, caller }, services: AppServices) => {
        const statement = await services.statements.update(params.statementId, body, ifMatchVersion(headers), keyIdOf(caller));
        return { status: 200, body: toStatementView(statement), headers: { ETag: etag(statement.revision) } };
      },
    }),
    defineRoute({
      method: 'delete', access: 'write', path: '/v1/statements/{statementId}', operationId: 'deleteStatement', tags: ['statements'],
      summary: 'Delete a readout', description: 'Soft delete: the statement leaves lists and comparisons; its revisions stay readable.',
      params: StatementIdParams, requestHeaders: IfMatchHeader,
      responses: { 204: { description: 'Deleted' }, ...problems('not-found', 'stale-revision', 'invalid-input') },
      handler: async ({ params, headers, caller }, services: AppServices) => {
        await services.statements.remove(params.statementId, ifMatchVersion(headers), keyIdOf(caller));
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/statements/{statementId}/revisions', operationId: 'listRevisions', tags: ['statements'],
      summary: "A readout's history", description: 'Every version, oldest first, including the deletion of a deleted statement.',
      params: StatementIdParams,
      responses: { 200: { description: 'All revisions', schema: RevisionList }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params }, services: AppServices) => {
        const revisions = await services.statements.revisions(params.statementId);
        return { status: 200, body: { items: revisions.map(toRevisionView) } };
      },
    }),
  ];
}
