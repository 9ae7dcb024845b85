import type { Meeting } from '../domain/meeting.ts';
import type { Page } from '../domain/page.ts';
import type { SearchMatch } from '../domain/search.ts';
import type { Statement } from '../domain/statement.ts';
import type { Db } from '../db/create-db.ts';
import { findMeeting } from '../db/meeting-repository.ts';
import { findStatement } from '../db/statement-repository.ts';
import { filterStatementIds, findSearchMatches, searchStatementIds } from '../db/statement-search.ts';
import { decodeCursor, toPage } from './cursor.ts';

/** One search result: the statement, its meeting, and where the query matched. */
export interface StatementHit {
  readonly statement: Statement;
  readonly meeting: Pick<Meeting, 'id' | 'title' | 'date'>;
  readonly match: SearchMatch;
}

export interface SearchQuery {
  readonly text: string;
  /** Statements of any of these parties; all when empty. */
  readonly parties: readonly string[];
  readonly language?: string | undefined;
}

export interface SearchService {
  /** Live statements matching `query.text`, best first, with highlighted titles and excerpts. */
  statements(query: SearchQuery, options: { cursor?: string | undefined; limit: number }): Promise<Page<StatementHit>>;
}

export function createSearchService(deps: { db: Db }): SearchService {
  const { db } = deps;
  return {
    async statements(query, { cursor, limit }) {
      // Ranked results have no stable key to continue after, so the cursor holds the
      // position in the ranking; a statement written between two pages may shift it.
      const offset = cursor === undefined ? 0
        : decodeCursor(cursor, (value) => (typeof value.offset === 'number' && Number.isSafeInteger(value.offset) && value.offset >= 0 ? value.offset : undefined));
      const ranked = await searchStatementIds(db.reader, query.text);
      const kept = await filterStatementIds(db.reader, ranked, query);
      const window = ranked.filter((id) => kept.has(id)).slice(offset, offset + limit + 1);
      const matches = await findSearchMatches(db.reader, query.text, window.slice(0, limit));
      const hits: StatementHit[] = [];
      const meetings = new Map<number, Meeting | null>();
      for (const id of window) {
        const statement = await findStatement(db.reader, id);
        if (!statement) continue;
        if (!meetings.has(statement.meetingId)) meetings.set(statement.meetingId, await findMeeting(db.reader, statement.meetingId));
        const meeting = meetings.get(statement.meetingId);
        if (!meeting) continue;
        hits.push({
          statement, meeting: { id: meeting.id, title: meeting.title, date: meeting.date },
          match: matches.get(id) ?? { statementId: id, title: [], snippet: [] },
        });
      }
      return toPage(hits, limit, () => ({ offset: offset + limit }));
    },
  };
}
