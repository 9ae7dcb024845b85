import type { DatedClaim } from '../domain/timeline/topic-timeline.ts';
import { acts } from '../domain/analysis/types.ts';
import type { Reader } from './create-db.ts';

/** Active claims of a party's live readouts of live meetings in [from, to], dated by meeting. */
export async function findPartyClaims(db: Reader, partyCode: string, range: { from?: Date | undefined; to?: Date | undefined }): Promise<{
  claims: DatedClaim[]; meetings: { meetingId: number; date: Date }[];
}> {
  const dateFilter = { ...(range.from && { gte: range.from }), ...(range.to && { lte: range.to }) };
  const statements = await db.statement.findMany({
    select: { id: true, meetingId: true, meeting: { select: { date: true } } },
    where: { deletedAt: null, party: { code: partyCode }, meeting: { deletedAt: null, date: dateFilter } },
  });
  const byStatement = new Map(statements.map((s) => [s.id, s]));
  const rows = await db.claim.findMany({
    select: { statementId: true, topic: true, act: true, negated: true },
    where: { status: 'active', statementId: { in: statements.map((s) => s.id) } },
  });
  const claims = rows.flatMap((row) => {
    const statement = byStatement.get(row.statementId);
    const act = acts.find((candidate) => candidate === row.act);
    return statement && act ? [{ topic: row.topic, act, negated: row.negated, meetingId: statement.meetingId, date: statement.meeting.date }] : [];
  });
  return { claims, meetings: statements.map((s) => ({ meetingId: s.meetingId, date: s.meeting.date })) };
}
