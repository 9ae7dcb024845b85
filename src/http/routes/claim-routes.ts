import { keyIdOf, type Caller } from '../../domain/api-key.ts';
import type { ChangeAuthor } from '../../services/claim-service.ts';
import { z } from 'zod';
import type { AppServices } from '../../services/create-services.ts';
import { defineRoute } from '../define-route.ts';
import { ClaimChangeView, ClaimCorrectionBody, ClaimView, NewClaimBody, toClaimChangeView, toClaimView } from '../schemas/analysis.ts';
import { IdParam } from '../schemas/common.ts';
import { problems } from './responses.ts';

const ClaimIdParams = z.object({ claimId: IdParam });
const StatementIdParams = z.object({ statementId: IdParam });
const ClaimChangeList = z.object({ items: z.array(ClaimChangeView) }).meta({ id: 'ClaimChangeList' });
const bodyProblems = ['invalid-input', 'malformed-json', 'unsupported-media-type', 'payload-too-large'] as const;

async function claimView(services: AppServices, claim: Awaited<ReturnType<AppServices['claims']['get']>>) {
  const statement = await services.statements.get(claim.statementId);
  return toClaimView(claim, statement.text, claim.codebook);
}

/** The audit trail's author: the analyst's own name if given, else the key's name. */
function changeAuthor(analyst: string | undefined, caller: Caller): ChangeAuthor {
  return { name: analyst ?? (caller.kind === 'key' ? caller.name : 'anonymous'), keyId: keyIdOf(caller) };
}

export function claimRoutes() {
  return [
    defineRoute({
      method: 'get', access: 'read', path: '/v1/claims/{claimId}', operationId: 'getClaim', tags: ['analysis'],
      summary: 'Get a claim', params: ClaimIdParams,
      responses: { 200: { description: 'The claim', schema: ClaimView }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params }, services: AppServices) => ({ status: 200, body: await claimView(services, await services.claims.get(params.claimId)) }),
    }),
    defineRoute({
      method: 'patch', access: 'write', path: '/v1/claims/{claimId}', operationId: 'correctClaim', tags: ['analysis'],
      summary: 'Correct or reject a claim',
      description: 'Changes topic, act, actor or modality, or rejects (status: rejected) the claim. The claim becomes method: human; the change, its reason and the previous value go to the audit trail. Corrections survive re-analysis while their sentence is unchanged.',
      params: ClaimIdParams, body: ClaimCorrectionBody,
      responses: { 200: { description: 'The corrected claim', schema: ClaimView }, ...problems('not-found', ...bodyProblems) },
      handler: async ({ params, body, caller }, services: AppServices) => {
        const { analyst, ...correction } = body;
        const claim = await services.claims.correct(params.claimId, correction, changeAuthor(analyst, caller));
        return { status: 200, body: await claimView(services, claim) };
      },
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/claims/{claimId}/changes', operationId: 'listClaimChanges', tags: ['analysis'],
      summary: "A claim's audit trail", description: 'Who changed it, when, why, and the value before and after; oldest first.',
      params: ClaimIdParams,
      responses: { 200: { description: 'The changes', schema: ClaimChangeList }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params }, services: AppServices) => ({
        status: 200, body: { items: (await services.claims.changes(params.claimId)).map(toClaimChangeView) },
      }),
    }),
    defineRoute({
      method: 'post', access: 'write', path: '/v1/statements/{statementId}/claims', operationId: 'addClaim', tags: ['analysis'],
      summary: 'Add a claim the analysis missed', description: 'The evidence span must lie inside one sentence; the claim is method: human.',
      params: StatementIdParams, body: NewClaimBody,
      responses: {
        201: { description: 'Created', schema: ClaimView, headers: { Location: 'URL of the new claim' } },
        ...problems('not-found', 'conflict', ...bodyProblems),
      },
      handler: async ({ params, body, caller }, services: AppServices) => {
        const { analyst, ...claim } = body;
        const saved = await services.claims.add(params.statementId, claim, changeAuthor(analyst, caller));
        return { status: 201, body: await claimView(services, saved), headers: { Location: `/v1/claims/${saved.id}` } };
      },
    }),
  ];
}
