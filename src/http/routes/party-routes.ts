import { z } from 'zod';
import type { AppServices } from '../../services/create-services.ts';
import { defineRoute, etag, ifMatchVersion } from '../define-route.ts';
import { type PageLimits, PageOf, pageQuery } from '../schemas/common.ts';
import { NewPartyBody, PartyChangesBody, PartyCodeParams, PartyView, toPartyView } from '../schemas/party.ts';
import { IfMatchHeader } from './if-match.ts';
import { etagHeader, problems } from './responses.ts';

const PartyPage = PageOf(PartyView, 'PartyPage');


export function partyRoutes(limits: PageLimits) {
  return [
    defineRoute({
      method: 'get', access: 'read', path: '/v1/parties', operationId: 'listParties', tags: ['parties'],
      summary: 'List parties', description: 'Parties by code, ascending.',
      query: z.object(pageQuery(limits)),
      responses: { 200: { description: 'A page of parties', schema: PartyPage }, ...problems('invalid-input') },
      handler: async ({ query }, services: AppServices) => {
        const page = await services.parties.list(query);
        return { status: 200, body: { items: page.items.map(toPartyView), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'post', access: 'write', path: '/v1/parties', operationId: 'createParty', tags: ['parties'],
      summary: 'Create a party', body: NewPartyBody,
      responses: {
        201: { description: 'Created', schema: PartyView, headers: { Location: 'URL of the new party', ...etagHeader } },
        ...problems('conflict', 'invalid-input', 'malformed-json', 'unsupported-media-type', 'payload-too-large'),
      },
      handler: async ({ body }, services: AppServices) => {
        const party = await services.parties.create(body);
        return { status: 201, body: toPartyView(party), headers: { Location: `/v1/parties/${party.code}`, ETag: etag(party.version) } };
      },
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/parties/{code}', operationId: 'getParty', tags: ['parties'],
      summary: 'Get a party', params: PartyCodeParams,
      responses: { 200: { description: 'The party', schema: PartyView, headers: etagHeader }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params }, services: AppServices) => {
        const party = await services.parties.get(params.code);
        return { status: 200, body: toPartyView(party), headers: { ETag: etag(party.version) } };
      },
    }),
    defineRoute({
      method: 'patch', access: 'write', path: '/v1/parties/{code}', operationId: 'updateParty', tags: ['parties'],
      summary: 'Change a party', description: 'Fields left out stay as they are. The code cannot change.',
      params: PartyCodeParams, body: PartyChangesBody, requestHeaders: IfMatchHeader,
      responses: {
        200: { description: 'The changed party', schema: PartyView, headers: etagHeader },
        ...problems('not-found', 'stale-revision', 'invalid-input', 'malformed-json', 'unsupported-media-type', 'payload-too-large'),
      },
      handler: async ({ params, body, headers }, services: AppServices) => {
        const party = await services.parties.update(params.code, body, ifMatchVersion(headers));
        return { status: 200, body: toPartyView(party), headers: { ETag: etag(party.version) } };
      },
    }),
    defineRoute({
      method: 'delete', access: 'write', path: '/v1/parties/{code}', operationId: 'deleteParty', tags: ['parties'],
      summary: 'Delete a party', description: 'Refused with 409 while any statement or meeting participant names the party.',
      params: PartyCodeParams, requestHeaders: IfMatchHeader,
      responses: { 204: { description: 'Deleted' }, ...problems('not-found', 'conflict', 'stale-revision', 'invalid-input') },
      handler: async ({ params, headers }, services: AppServices) => {
        await services.parties.remove(params.code, ifMatchVersion(headers));
        return { status: 204 };
      },
    }),
  ];
}
