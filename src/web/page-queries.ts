import { z } from 'zod';
import { DateInput, IdParam, Label, LanguageTag, PartyCode, type PageLimits } from '../http/schemas/common.ts';

/** HTML forms send empty fields as ""; for a filter that means "not set". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional(),
);

/** A multi-select or repeated field, also accepting a comma list; empty values dropped. */
const codes = z.preprocess(
  (value) => [value ?? []].flat().flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean),
  z.array(PartyCode).max(20, 'must name at most 20 parties'),
);

const cursor = optional(z.string().max(512));

export const meetingsPageQuery = (limits: PageLimits) => z.object({
  party: codes,
  from: optional(DateInput),
  to: optional(DateInput),
  q: optional(Label(200)),
  sort: optional(z.enum(['date', 'divergence'])).transform((sort) => sort ?? 'date'),
  limit: optional(z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(limits.maxSize, `must be at most ${limits.maxSize}`))
    .transform((limit) => limit ?? limits.defaultSize),
  cursor,
});

export const searchPageQuery = z.object({
  q: optional(Label(200)),
  party: codes,
  language: optional(LanguageTag),
  cursor,
});

export const diffQuery = z.object({
  from: optional(IdParam),
  to: optional(IdParam),
});

export const timelineQuery = z.object({
  from: optional(DateInput),
  to: optional(DateInput),
});

/** A numeric id in a page path; anything else is a page that does not exist. */
export function pathId(value: unknown): number | undefined {
  const parsed = IdParam.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function pathPartyCode(value: unknown): string | undefined {
  const parsed = PartyCode.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
