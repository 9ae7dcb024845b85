import { z } from 'zod';
import type { HighlightSegment } from '../../domain/search.ts';
import type { StatementHit } from '../../services/search-service.ts';
import { isoDay, Label, LanguageTag, ListParam, PartyCode, type PageLimits, pageQuery } from './common.ts';

export const searchQuery = (limits: PageLimits) => z.object({
  ...pageQuery(limits),
  q: Label(200).meta({
    description: 'Words to find in readout titles and texts; every word must occur. English words are stemmed '
      + '("semiconductors" finds "semiconductor"); Chinese, Japanese and Korean words are found as substrings ("半导体" inside "半导体产业链").',
    example: 'semiconductor',
  }),
  party: ListParam(PartyCode).meta({ description: 'Readouts of any listed party.' }),
  language: LanguageTag.optional().meta({ description: 'Readouts in this language (the stored BCP 47 tag).' }),
});

const Highlighted = z.array(z.object({ text: z.string(), match: z.boolean() })).meta({
  id: 'HighlightedText',
  description: 'The text in order, split into pieces; `match: true` marks what the query found. Join the texts to get the plain text.',
});

export const SearchHitView = z.object({
  statementId: z.number().int(),
  party: z.string(),
  issuer: z.string(),
  title: z.string().nullable(),
  language: z.string(),
  meeting: z.object({ id: z.number().int(), title: z.string(), date: z.string().meta({ description: 'First day, YYYY-MM-DD.' }) }),
  titleHighlight: Highlighted.meta({ description: 'The whole title with the matched words marked; [] when the statement has no title.' }),
  snippet: Highlighted.meta({ description: 'An excerpt of the text around the best match; "…" marks where the text was cut.' }),
}).meta({ id: 'SearchHit' });

const segments = (list: readonly HighlightSegment[]) => list.map((segment) => ({ text: segment.text, match: segment.match }));

export function toSearchHitView(hit: StatementHit): z.infer<typeof SearchHitView> {
  const { statement, meeting, match } = hit;
  return {
    statementId: statement.id, party: statement.party, issuer: statement.issuer, title: statement.title, language: statement.language,
    meeting: { id: meeting.id, title: meeting.title, date: isoDay(meeting.date) },
    titleHighlight: segments(match.title), snippet: segments(match.snippet),
  };
}
