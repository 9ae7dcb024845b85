import { z } from 'zod';
import { revisionActions, type NewStatement, type Statement, type StatementChanges, type StatementRevision } from '../../domain/statement.ts';
import { DateInput, iso, isoOrNull, Label, LanguageTag, ListParam, PartyCode, type PageLimits, pageQuery } from './common.ts';

/** Longest readout text accepted, in UTF-16 code units (about 35,000 English words). */
export const maxStatementChars = 200_000;

const SourceUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).max(2000);
const StatementText = z.string().max(maxStatementChars, `must be at most ${maxStatementChars} characters (the per-statement limit)`)
  .refine((text) => text.trim().length > 0, 'must not be empty');

const statementFields = {
  party: PartyCode,
  issuer: Label(300).meta({ example: 'Ministry of Commerce' }),
  title: Label(500).nullable().optional(),
  sourceUrl: SourceUrl.nullable().optional().meta({ description: 'Where the readout was published. Stored, never fetched.' }),
  publishedAt: DateInput.nullable().optional(),
  retrievedAt: DateInput.nullable().optional(),
  language: LanguageTag.meta({ example: 'en' }),
  text: StatementText.meta({ description: 'The readout text analysed and compared (a translation when originalText is set).' }),
  originalText: StatementText.nullable().optional(),
  originalLanguage: LanguageTag.nullable().optional(),
};

export const NewStatementBody = z.strictObject(statementFields).meta({ id: 'NewStatement' }) satisfies z.ZodType<NewStatement, unknown>;

export const StatementChangesBody = z.strictObject({
  party: statementFields.party.optional(),
  issuer: statementFields.issuer.optional(),
  title: statementFields.title,
  sourceUrl: statementFields.sourceUrl,
  publishedAt: statementFields.publishedAt,
  retrievedAt: statementFields.retrievedAt,
  language: statementFields.language.optional(),
  text: statementFields.text.optional(),
  originalText: statementFields.originalText,
  originalLanguage: statementFields.originalLanguage,
}).meta({ id: 'StatementChanges' }) satisfies z.ZodType<StatementChanges, unknown>;

export const statementListQuery = (limits: PageLimits) => z.object({
  ...pageQuery(limits),
  party: ListParam(PartyCode).meta({ description: 'Statements of any listed party.' }),
  from: DateInput.optional().meta({ description: 'Meeting on or after this date.' }),
  to: DateInput.optional().meta({ description: 'Meeting on or before this date.' }),
  language: LanguageTag.optional(),
  q: Label(200).optional().meta({ description: 'Full-text search over title and text (stemmed; all words must occur).' }),
});

const contentView = {
  meetingId: z.number().int(),
  party: z.string(),
  issuer: z.string(),
  title: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  publishedAt: z.string().nullable(),
  retrievedAt: z.string().nullable(),
  language: z.string(),
  text: z.string(),
  originalText: z.string().nullable(),
  originalLanguage: z.string().nullable(),
  contentHash: z.string().meta({ description: 'sha256 (hex) of the UTF-8 text.' }),
};

export const StatementView = z.object({
  id: z.number().int(),
  ...contentView,
  revision: z.number().int().meta({ description: '1 when created, +1 per change; also the ETag.' }),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Statement' });

export const RevisionView = z.object({
  statementId: z.number().int(),
  revision: z.number().int(),
  action: z.enum(revisionActions),
  recordedAt: z.string(),
  apiKeyId: z.number().int().nullable().meta({ description: 'The API key that made the change (GET /v1/keys/{keyId}); null for the command line and the demo seed.' }),
  ...contentView,
}).meta({ id: 'StatementRevision' });

function contentToView(content: Omit<Statement, 'id' | 'revision' | 'createdAt' | 'updatedAt'>) {
  return {
    meetingId: content.meetingId, party: content.party, issuer: content.issuer, title: content.title,
    sourceUrl: content.sourceUrl, publishedAt: isoOrNull(content.publishedAt), retrievedAt: isoOrNull(content.retrievedAt),
    language: content.language, text: content.text, originalText: content.originalText,
    originalLanguage: content.originalLanguage, contentHash: content.contentHash,
  };
}

export function toStatementView(statement: Statement): z.infer<typeof StatementView> {
  return {
    id: statement.id, ...contentToView(statement), revision: statement.revision,
    createdAt: iso(statement.createdAt), updatedAt: iso(statement.updatedAt),
  };
}

export function toRevisionView(revision: StatementRevision): z.infer<typeof RevisionView> {
  return {
    statementId: revision.statementId, revision: revision.revision, action: revision.action,
    recordedAt: iso(revision.recordedAt), apiKeyId: revision.apiKeyId, ...contentToView(revision),
  };
}
