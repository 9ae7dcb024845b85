import { z } from 'zod';
import type { AppServices } from '../../services/create-services.ts';
import { defineRoute, etag, ifMatchVersion } from '../define-route.ts';
import { IdParam, type PageLimits, PageOf } from '../schemas/common.ts';
import { MeetingChangesBody, meetingListQuery, MeetingView, NewMeetingBody, toMeetingView } from '../schemas/meeting.ts';
import { IfMatchHeader } from './if-match.ts';
import { etagHeader, problems } from './responses.ts';

const MeetingPage = PageOf(MeetingView, 'MeetingPage');
const MeetingIdParams = z.object({ meetingId: IdParam });
const bodyProblems = ['invalid-input', 'malformed-json', 'unsupported-media-type', 'payload-too-large'] as const;

export function meetingRoutes(limits: PageLimits) {
  return [
    defineRoute({
      method: 'get', access: 'read', path: '/v1/meetings', operationId: 'listMeetings', tags: ['meetings'],
      summary: 'List meetings', description: 'Newest first. Each meeting lists the parties that have readouts of it.',
      query: meetingListQuery(limits),
      responses: { 200: { description: 'A page of meetings', schema: MeetingPage }, ...problems('invalid-input') },
      handler: async ({ query }, services: AppServices) => {
        const { limit, cursor, party, tag, q, sort, ...rest } = query;
        const page = await services.meetings.list({ ...rest, parties: party, tags: tag, text: q }, { limit, cursor, sort });
        return { status: 200, body: { items: page.items.map(toMeetingView), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'post', access: 'write', path: '/v1/meetings', operationId: 'createMeeting', tags: ['meetings'],
      summary: 'Create a meeting', body: NewMeetingBody,
      responses: {
        201: { description: 'Created', schema: MeetingView, headers: { Location: 'URL of the new meeting', ...etagHeader } },
        ...problems('conflict', 'unknown-party', ...bodyProblems),
      },
      handler: async ({ body }, services: AppServices) => {
        const meeting = await services.meetings.create(body);
        return { status: 201, body: toMeetingView(meeting), headers: { Location: `/v1/meetings/${meeting.id}`, ETag: etag(meeting.version) } };
      },
    }),
    defineRoute({
      method: 'get', access: 'read', path: '/v1/meetings/{meetingId}', operationId: 'getMeeting', tags: ['meetings'],
      summary: 'Get a meeting', params: MeetingIdParams,
      responses: { 200: { description: 'The meeting', schema: MeetingView, headers: etagHeader }, ...problems('not-found', 'invalid-input') },
      handler: async ({ params }, services: AppServices) => {
        const meeting = await services.meetings.get(params.meetingId);
        return { status: 200, body: toMeetingView(meeting), headers: { ETag: etag(meeting.version) } };
      },
    }),
    defineRoute({
      method: 'patch', access: 'write', path: '/v1/meetings/{meetingId}', operationId: 'updateMeeting', tags: ['meetings'],
      summary: 'Change a meeting', description: 'Fields left out stay as they are; `participants` and `tags`, when given, replace the old lists.',
      params: MeetingIdParams, body: MeetingChangesBody, requestHeaders: IfMatchHeader,
      responses: {
        200: { description: 'The changed meeting', schema: MeetingView, headers: etagHeader },
        ...problems('not-found', 'conflict', 'stale-revision', 'unknown-party', ...bodyProblems),
      },
      handler: async ({ params, body, headers }, services: AppServices) => {
        const meeting = await services.meetings.update(params.meetingId, body, ifMatchVersion(headers));
        return { status: 200, body: toMeetingView(meeting), headers: { ETag: etag(meeting.version) } };
      },
    }),
    defineRoute({
      method: 'delete', access: 'write', path: '/v1/meetings/{meetingId}', operationId: 'deleteMeeting', tags: ['meetings'],
      summary: 'Delete a meeting', description: 'Soft delete. Refused with 409 while the meeting has live statements.',
      params: MeetingIdParams, requestHeaders: IfMatchHeader,
      responses: { 204: { description: 'Deleted' }, ...problems('not-found', 'conflict', 'stale-revision', 'invalid-input') },
      handler: async ({ params, headers }, services: AppServices) => {
        await services.meetings.remove(params.meetingId, ifMatchVersion(headers));
        return { status: 204 };
      },
    }),
  ];
}
