import { z } from 'zod';
import type { AppServices } from '../../services/create-services.ts';
import { defineRoute } from '../define-route.ts';
import { AnalysisView, AnalyzeBody, toAnalysisView } from '../schemas/analysis.ts';
import { IdParam } from '../schemas/common.ts';
import { problems } from './responses.ts';

const StatementIdParams = z.object({ statementId: IdParam });

export function analysisRoutes() {
  return [
    defineRoute({
      method: 'get', access: 'read', path: '/v1/statements/{statementId}/analysis', operationId: 'getAnalysis', tags: ['analysis'],
      summary: "A readout's analysis", description: 'Sentences, claims (topic, act, actor, modality, evidence spans) and atmosphere. Rejected and orphaned claims are left out unless `include=all`.',
      params: StatementIdParams,
      query: z.object({ include: z.enum(['active', 'all']).default('active') }),
      responses: { 200: { description: 'The analysis', schema: AnalysisView }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params, query }, services: AppServices) => {
        const [statement, analysis] = await Promise.all([
          services.statements.get(params.statementId),
          services.analysis.get(params.statementId, { includeInactive: query.include === 'all' }),
        ]);
        return { status: 200, body: toAnalysisView(analysis, statement.text) };
      },
    }),
    defineRoute({
      method: 'post', access: 'read', path: '/v1/analyze', operationId: 'analyzeText', tags: ['analysis'],
      summary: 'Analyse a text without storing it', description: 'Try a readout before importing it. Nothing is written.',
      body: AnalyzeBody,
      responses: {
        200: { description: 'The analysis', schema: AnalysisView },
        ...problems('not-found', 'invalid-input', 'malformed-json', 'unsupported-media-type', 'payload-too-large'),
      },
      handler: async ({ body }, services: AppServices) => {
        const analysis = await services.analysis.preview(body);
        return { status: 200, body: toAnalysisView(analysis, body.text) };
      },
    }),
  ];
}
