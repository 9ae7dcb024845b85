import { z } from 'zod';
import type { ImportBundle } from '../../domain/import-bundle.ts';
import { NewMeetingBody } from './meeting.ts';
import { NewPartyBody } from './party.ts';
import { NewStatementBody } from './statement.ts';

const ImportMeetingBody = NewMeetingBody.extend({
  ref: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'must be 1-128 letters, digits or . _ : - characters')
    .meta({ description: 'Required in imports: how a re-import recognises the meeting.' }),
  statements: z.array(NewStatementBody).max(1000).default([]),
});

/** Longest bundle, counted in records, accepted by one import. */
export const maxImportMeetings = 10_000;

export const ImportBundleBody = z.strictObject({
  parties: z.array(NewPartyBody).max(1000).default([]),
  meetings: z.array(ImportMeetingBody).max(maxImportMeetings, `must hold at most ${maxImportMeetings} meetings (the per-import limit)`).default([]),
}).meta({ id: 'ImportBundle' }) satisfies z.ZodType<ImportBundle, unknown>;

const Counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const ImportResultView = z.object({ parties: Counts, meetings: Counts, statements: Counts }).meta({ id: 'ImportResult' });
