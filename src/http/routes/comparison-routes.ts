import { z } from 'zod';
import type { AppServices } from '../../services/create-services.ts';
import { serializedOnce } from '../serialized-json.ts';
import { defineRoute } from '../define-route.ts';
import { DateInput, IdParam, isoDay, ListParam, PartyCode } from '../schemas/common.ts';
import { ComparisonView, MeetingComparisonView, TopicTimelineView } from '../schemas/comparison.ts';
import { divergenceFormula } from '../../domain/comparison/divergence.ts';
import { problems } from './responses.ts';

const StatementIds = z.preprocess(
  (value) => [value].flat().flatMap((v) => String(v ?? '').split(',')).map((v) => v.trim()).filter(Boolean),
  z.array(z.string().regex(/^[1-9][0-9]{0,14}$/, 'must be a statement id').transform(Number)).min(2, 'must name at least two statements').max(50),
);

export function comparisonRoutes() {
  return [
    defineRoute({
      method: 'get', access: 'read', path: '/v1/meetings/{meetingId}/comparison', operationId: 'compareMeeting', tags: ['comparison'],
      summary: "Line up a meeting's readouts",
      description: `What all sides said, what only one side said, where they differ, and which "both sides agreed" claims the other side never confirmed. Analyst corrections take precedence over automatic labels. ${divergenceFormula}`,
      params: z.object({ meetingId: IdParam }),
      query: z.object({ parties: ListParam(PartyCode).meta({ description: 'Compare only these parties (each must have a readout of the meeting).' }) }),
      responses: {
        200: { description: 'The comparison', schema: MeetingComparisonView, headers: { ETag: 'Validator of this answer; send it as If-None-Match to get 304 while nothing changed.' } },
        ...problems('not-found', 'invalid-input'),
      },
      handler: async ({ params, query }, services: AppServices) => {
        const { meeting, comparison } = await services.comparisons.forMeeting(params.meetingId, { parties: query.parties });
        const body = serializedOnce([comparison, meeting], () => ({ meeting: { id: meeting.id, title: meeting.title, date: isoDay(meeting.date) }, comparison }));
        return { status: 200, body: body.text, contentType: 'application/json', headers: { ETag: body.etag } };
      },
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/compare', operationId: 'compareStatements', tags: ['comparison'],
      summary: 'Line up any readouts',
      description: 'Compares the given statements, even from different meetings (how did each side describe a topic at two meetings). Statements of one party at one meeting are merged; one party at several meetings is shown per meeting ("CHN@12").',
      query: z.object({ statements: StatementIds.meta({ description: 'Comma-separated statement ids (2 to 50).' }) }),
      responses: { 200: { description: 'The comparison', schema: ComparisonView }, ...problems('invalid-input') },
      handler: async ({ query }, services: AppServices) => ({ status: 200, body: await services.comparisons.forStatements(query.statements) }),
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/parties/{code}/topics', operationId: 'partyTopicTimeline', tags: ['comparison'],
      summary: "A party's topics over time",
      description: 'Per month (UTC) and topic, how often and with which acts the party\'s readouts mention it: when did a side start or stop mentioning a topic.',
      params: z.object({ code: PartyCode }),
      query: z.object({ from: DateInput.optional(), to: DateInput.optional() }),
      responses: { 200: { description: 'The timeline', schema: TopicTimelineView }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params, query }, services: AppServices) => ({
        status: 200, body: { party: params.code, months: await services.parties.topicTimeline(params.code, query) },
      }),
    }),
  ];
}
