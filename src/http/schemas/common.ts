import { z } from 'zod';
import { errorCodes } from '../../domain/errors.ts';

/** RFC 9457 problem details, the body of every error response. */
export const ProblemSchema = z.object({
  type: z.string().meta({ example: 'urn:parallax:problem:invalid-input' }),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string(),
  requestId: z.string().meta({ description: 'Also in the server log line of this request.' }),
  errors: z.array(z.object({
    in: z.enum(['body', 'query', 'path', 'header']),
    pointer: z.string().meta({ description: 'JSON Pointer (RFC 6901) as a URI fragment into the request part.', example: '#/participants/0/party' }),
    detail: z.string(),
  })).optional(),
}).meta({
  id: 'Problem',
  description: `Problem details (RFC 9457). \`type\` is urn:parallax:problem:<code> with code one of: ${errorCodes.join(', ')}.`,
});

/** A positive integer id in a path, e.g. /v1/meetings/12. */
export const IdParam = z.string().regex(/^[1-9][0-9]{0,14}$/, 'must be a positive whole number')
  .transform(Number).meta({ description: 'Numeric id', example: '1' });

/** ISO 8601 calendar date or date-time; a date means 00:00 UTC of that day. */
export const DateInput = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be an ISO 8601 date (2023-05-25) or date-time (2023-05-25T14:00:00Z)',
}).transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value))
  .refine((date) => !Number.isNaN(date.getTime()), 'must be a real calendar date');

/** Text that must hold something besides white space. */
export const Label = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** BCP 47 language tag, e.g. "en", "zh-CN", "ko". */
export const LanguageTag = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en, zh-CN or ko');

/** Upper-case party code: ISO 3166-1 alpha-3 for states, short codes for blocs ("EU", "ASEAN"). */
export const PartyCode = z.string().regex(/^[A-Z][A-Z0-9-]{1,15}$/, 'must be 2-16 upper-case letters, digits or hyphens, starting with a letter (e.g. CHN, EU)')
  .meta({ example: 'CHN' });

/** A query parameter that may repeat (?party=A&party=B) or hold a comma list (?party=A,B); absent means []. */
export const ListParam = <T extends z.ZodType<string>>(item: T) => z.preprocess(
  (value) => [value].flat().flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean),
  z.array(item).max(20, 'must name at most 20 values'),
).optional().transform((values) => values ?? []);

export interface PageLimits {
  readonly defaultSize: number;
  readonly maxSize: number;
}

/** `limit` and `cursor` of every list. */
export const pageQuery = (limits: PageLimits) => ({
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1')
    .max(limits.maxSize, `must be at most ${limits.maxSize} (the page-size cap)`).default(limits.defaultSize)
    .meta({ description: `Items per page, 1 to ${limits.maxSize}.` }),
  cursor: z.string().max(512).optional().meta({ description: 'The nextCursor of the previous page.' }),
});

/** The envelope of every list response. */
export const PageOf = <T extends z.ZodType>(item: T, id: string) => z.object({
  items: z.array(item),
  nextCursor: z.string().nullable().meta({ description: 'Pass as ?cursor= for the next page; null on the last page.' }),
}).meta({ id });

export const iso = (date: Date) => date.toISOString();
export const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
