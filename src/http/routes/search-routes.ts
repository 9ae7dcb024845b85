import type { AppServices } from '../../services/create-services.ts';
import { defineRoute } from '../define-route.ts';
import { type PageLimits, PageOf } from '../schemas/common.ts';
import { searchQuery, SearchHitView, toSearchHitView } from '../schemas/search.ts';
import { problems } from './responses.ts';

const SearchPage = PageOf(SearchHitView, 'SearchPage');

export function searchRoutes(limits: PageLimits) {
  return [
    defineRoute({
      method: 'get', access: 'read', path: '/v1/search', operationId: 'searchStatements', tags: ['statements'],
      summary: 'Search readouts with highlighted excerpts',
      description: 'Full-text search over every live readout (SQLite FTS5), best match first, each hit with its title and an excerpt in which the matched words are marked. '
        + 'Cursors hold a position in the ranking: a readout stored between two pages can shift the results by one.',
      query: searchQuery(limits),
      responses: { 200: { description: 'A page of hits', schema: SearchPage }, ...problems('invalid-input') },
      handler: async ({ query }, services: AppServices) => {
        const { q, party, language, limit, cursor } = query;
        const page = await services.search.statements({ text: q, parties: party, language }, { limit, cursor });
        return { status: 200, body: { items: page.items.map(toSearchHitView), nextCursor: page.nextCursor } };
      },
    }),
  ];
}
