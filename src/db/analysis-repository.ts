import type {
  ClaimMethod, ClaimOrigin, ClaimReconciliation, ClaimStatus, HumanClaimAnchor, StoredAnalysis, StoredClaim,
} from '../domain/analysis/stored-analysis.ts';
import { shiftClaim } from '../domain/analysis/stored-analysis.ts';
import type {
  Act, ActorKind, Analysis, AtmosphereTerm, Claim, Rule, Sentence,
} from '../domain/analysis/types.ts';
import { acts } from '../domain/analysis/types.ts';
import type { Prisma } from './generated/client.ts';
import type { Reader, Tx } from './create-db.ts';
import { toStringArray } from './json-array.ts';
import {
  readSqliteTime, sqliteBoolean, sqliteConnectionOf, sqliteJson, sqliteTime, type SqliteConnection,
} from './sqlite-connection.ts';

const actorKinds: readonly ActorKind[] = ['self', 'counterpart', 'both', 'third-party', 'unspecified'];
const claimStatuses: readonly ClaimStatus[] = ['active', 'rejected', 'orphaned'];

type ClaimRow = Prisma.ClaimGetPayload<object>;

function toRule(value: unknown): Rule {
  const rule = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { term: String(rule.term ?? ''), pattern: String(rule.pattern ?? '') };
}

const optionalSpan = (start: number | null, end: number | null) => (start === null || end === null ? undefined : { start, end });

/** A stored row as the domain's claim. */
export function toStoredClaim(row: ClaimRow): StoredClaim {
  const origin: ClaimOrigin | undefined = row.originTopic !== null && row.originOffset !== null
    ? { topic: row.originTopic, offsetInSentence: row.originOffset } : undefined;
  return {
    id: row.id,
    statementId: row.statementId,
    sentenceIndex: row.sentenceIndex,
    topic: row.topic,
    evidence: { start: row.evidenceStart, end: row.evidenceEnd },
    topicRule: toRule(row.topicRule),
    act: {
      act: acts.find((act): act is Act => act === row.act) ?? 'state',
      confidence: row.actConfidence,
      rule: toRule(row.actRule),
      span: optionalSpan(row.actStart, row.actEnd),
    },
    actor: {
      kind: actorKinds.find((kind) => kind === row.actorKind) ?? 'unspecified',
      partyCodes: toStringArray(row.actorParties),
      span: optionalSpan(row.actorStart, row.actorEnd),
    },
    modality: { negated: row.negated, future: row.future, hypothetical: row.hypothetical, historical: row.historical },
    confidence: row.confidence,
    method: row.method === 'human' ? 'human' : 'auto',
    status: claimStatuses.find((status) => status === row.status) ?? 'active',
    codebook: row.codebook,
    origin,
  };
}

/** The columns of a claim (without its identity). */
export function claimColumns(claim: Claim, extra: { sentenceHash: string; codebook: string; method: ClaimMethod }) {
  return {
    sentenceIndex: claim.sentenceIndex,
    sentenceHash: extra.sentenceHash,
    topic: claim.topic,
    evidenceStart: claim.evidence.start,
    evidenceEnd: claim.evidence.end,
    act: claim.act.act,
    actConfidence: claim.act.confidence,
    actRule: { term: claim.act.rule.term, pattern: claim.act.rule.pattern },
    actStart: claim.act.span?.start ?? null,
    actEnd: claim.act.span?.end ?? null,
    actorKind: claim.actor.kind,
    actorParties: [...claim.actor.partyCodes],
    actorStart: claim.actor.span?.start ?? null,
    actorEnd: claim.actor.span?.end ?? null,
    negated: claim.modality.negated,
    future: claim.modality.future,
    hypothetical: claim.modality.hypothetical,
    historical: claim.modality.historical,
    confidence: claim.confidence,
    topicRule: { term: claim.topicRule.term, pattern: claim.topicRule.pattern },
    codebook: extra.codebook,
    method: extra.method,
  };
}

function readSentences(value: unknown): Sentence[] {
  return Array.isArray(value) ? (value as Sentence[]) : [];
}

function readAtmosphere(value: unknown): AtmosphereTerm[] {
  return Array.isArray(value) ? (value as AtmosphereTerm[]) : [];
}

/** The stored analysis of statements (active and, with `includeInactive`, all claims), by statement id. */
export async function findAnalyses(
  db: Reader, statementIds: readonly number[], options: { includeInactive?: boolean } = {},
): Promise<Map<number, StoredAnalysis>> {
  if (statementIds.length === 0) return new Map();
  const sqlite = sqliteConnectionOf(db);
  const [rows, claims] = sqlite ? readAnalysisRows(sqlite, statementIds, options) : await Promise.all([
    db.statementAnalysis.findMany({ where: { statementId: { in: [...statementIds] } } }),
    db.claim.findMany({
      where: { statementId: { in: [...statementIds] }, ...(options.includeInactive ? {} : { status: 'active' }) },
      orderBy: [{ statementId: 'asc' }, { evidenceStart: 'asc' }, { topic: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const claimsByStatement = new Map<number, StoredClaim[]>();
  for (const claim of claims) {
    claimsByStatement.set(claim.statementId, [...(claimsByStatement.get(claim.statementId) ?? []), toStoredClaim(claim)]);
  }
  return new Map(rows.map((row) => [row.statementId, {
    statementId: row.statementId, revision: row.revision, taxonomyVersion: row.taxonomyVersion, codebook: row.codebook,
    language: row.language, sentences: readSentences(row.sentences), atmosphere: readAtmosphere(row.atmosphere),
    claims: claimsByStatement.get(row.statementId) ?? [], stale: row.stale, analysedAt: row.analysedAt,
  }]));
}

type AnalysisRow = Prisma.StatementAnalysisGetPayload<object>;

/**
 * `findAnalyses`' two reads as prepared statements (read for every comparison and point
 * read). The ids travel as one JSON array, so one statement serves any number of them.
 */
function readAnalysisRows(
  sql: SqliteConnection, statementIds: readonly number[], options: { includeInactive?: boolean },
): [AnalysisRow[], ClaimRow[]] {
  const ids = JSON.stringify(statementIds);
  const analyses = sql.all<Omit<AnalysisRow, 'stale' | 'analysedAt' | 'sentences' | 'atmosphere'> & { stale: number; analysedAt: string; sentences: string; atmosphere: string }>(
    `SELECT * FROM "StatementAnalysis" WHERE "statementId" IN (SELECT value FROM json_each(?))`, ids,
  );
  type StoredClaimRow = Omit<ClaimRow, 'negated' | 'future' | 'hypothetical' | 'historical' | 'actRule' | 'topicRule' | 'actorParties' | 'createdAt' | 'updatedAt'>
    & { negated: number; future: number; hypothetical: number; historical: number; actRule: string; topicRule: string; actorParties: string; createdAt: string; updatedAt: string };
  const claims = sql.all<StoredClaimRow>(
    `SELECT * FROM "Claim" WHERE "statementId" IN (SELECT value FROM json_each(?))${options.includeInactive ? '' : ` AND "status" = 'active'`}
     ORDER BY "statementId", "evidenceStart", "topic", "id"`, ids,
  );
  return [
    analyses.map((row) => ({
      ...row, stale: row.stale === 1, analysedAt: readSqliteTime(row.analysedAt),
      sentences: JSON.parse(row.sentences) as AnalysisRow['sentences'], atmosphere: JSON.parse(row.atmosphere) as AnalysisRow['atmosphere'],
    })),
    claims.map((row) => ({
      ...row, negated: row.negated === 1, future: row.future === 1, hypothetical: row.hypothetical === 1, historical: row.historical === 1,
      actRule: JSON.parse(row.actRule) as ClaimRow['actRule'], topicRule: JSON.parse(row.topicRule) as ClaimRow['topicRule'],
      actorParties: JSON.parse(row.actorParties) as ClaimRow['actorParties'],
      createdAt: readSqliteTime(row.createdAt), updatedAt: readSqliteTime(row.updatedAt),
    })),
  ];
}

/** Human claims of a statement (any status but orphaned) with the sentence each sits in. */
export async function findHumanClaimAnchors(db: Reader, statementId: number): Promise<HumanClaimAnchor[]> {
  // Most readouts have no corrections: one indexed probe skips the two Prisma reads.
  const sqlite = sqliteConnectionOf(db);
  if (sqlite && !sqlite.get(`SELECT 1 FROM "Claim" WHERE "statementId" = ? AND "method" = 'human' AND "status" <> 'orphaned' LIMIT 1`, statementId)) {
    return [];
  }
  const [analysis, rows] = await Promise.all([
    db.statementAnalysis.findUnique({ where: { statementId }, select: { sentences: true } }),
    db.claim.findMany({ where: { statementId, method: 'human', status: { not: 'orphaned' } }, orderBy: { id: 'asc' } }),
  ]);
  const sentences = readSentences(analysis?.sentences);
  return rows.map((row) => ({
    claim: toStoredClaim(row),
    sentenceKey: row.sentenceHash,
    sentenceStart: sentences[row.sentenceIndex]?.span.start ?? 0,
  }));
}

/** A kept human claim's new place: the columns `saveAnalysis` rewrites. */
function movedColumns(anchor: HumanClaimAnchor, kept: ClaimReconciliation['keep'][number]) {
  const moved = shiftClaim(anchor.claim, kept.sentenceIndex, kept.shift);
  return {
    sentenceIndex: moved.sentenceIndex, evidenceStart: moved.evidence.start, evidenceEnd: moved.evidence.end,
    actStart: moved.act.span?.start ?? null, actEnd: moved.act.span?.end ?? null,
    actorStart: moved.actor.span?.start ?? null, actorEnd: moved.actor.span?.end ?? null,
  };
}

/**
 * Stores a new analysis of a statement revision: replaces the automatic claims,
 * moves surviving human claims to their sentence's new place and orphans the rest.
 */
export async function saveAnalysis(
  tx: Tx, statementId: number, revision: number, analysis: Analysis,
  sentenceKeys: readonly string[], reconciliation: ClaimReconciliation, anchors: readonly HumanClaimAnchor[],
): Promise<void> {
  const analysedAt = new Date();
  const anchorById = new Map(anchors.map((anchor) => [anchor.claim.id, anchor]));
  const moves = reconciliation.keep.flatMap((kept) => {
    const anchor = anchorById.get(kept.id);
    return anchor ? [{ id: kept.id, columns: movedColumns(anchor, kept) }] : [];
  });
  const inserts = reconciliation.insert.map((claim) => ({
    statementId,
    ...claimColumns(claim, { sentenceHash: sentenceKeys[claim.sentenceIndex] ?? '', codebook: analysis.codebook, method: 'auto' }),
  }));
  const sqlite = sqliteConnectionOf(tx);
  if (sqlite) {
    saveAnalysisRows(sqlite, { statementId, revision, analysis, analysedAt, moves, orphan: reconciliation.orphan, inserts });
    return;
  }
  const data = {
    revision, taxonomyVersion: analysis.taxonomyVersion, codebook: analysis.codebook, language: analysis.language,
    sentences: JSON.parse(JSON.stringify(analysis.sentences)), atmosphere: JSON.parse(JSON.stringify(analysis.atmosphere)),
    stale: false, analysedAt,
  };
  await tx.statementAnalysis.upsert({ where: { statementId }, create: { statementId, ...data }, update: data });
  await tx.claim.deleteMany({ where: { statementId, method: 'auto' } });
  for (const move of moves) await tx.claim.update({ where: { id: move.id }, data: move.columns });
  if (reconciliation.orphan.length > 0) {
    await tx.claim.updateMany({ where: { id: { in: [...reconciliation.orphan] } }, data: { status: 'orphaned' } });
  }
  if (inserts.length > 0) await tx.claim.createMany({ data: inserts });
}

/** `saveAnalysis` as prepared statements on the SQLite writer (see sqlite-connection.ts); the same rows Prisma would write. */
function saveAnalysisRows(sql: SqliteConnection, rows: {
  statementId: number; revision: number; analysis: Analysis; analysedAt: Date;
  moves: readonly { id: number; columns: ReturnType<typeof movedColumns> }[];
  orphan: readonly number[];
  inserts: readonly (ReturnType<typeof claimColumns> & { statementId: number })[];
}): void {
  const { statementId, analysis } = rows;
  const now = sqliteTime(rows.analysedAt);
  sql.run(
    `INSERT INTO "StatementAnalysis" ("statementId", "revision", "taxonomyVersion", "codebook", "language", "sentences", "atmosphere", "stale", "analysedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)
     ON CONFLICT ("statementId") DO UPDATE SET "revision" = excluded."revision", "taxonomyVersion" = excluded."taxonomyVersion",
       "codebook" = excluded."codebook", "language" = excluded."language", "sentences" = excluded."sentences",
       "atmosphere" = excluded."atmosphere", "stale" = 0, "analysedAt" = excluded."analysedAt"`,
    statementId, rows.revision, analysis.taxonomyVersion, analysis.codebook, analysis.language,
    sqliteJson(analysis.sentences), sqliteJson(analysis.atmosphere), now,
  );
  sql.run(`DELETE FROM "Claim" WHERE "statementId" = ? AND "method" = 'auto'`, statementId);
  for (const { id, columns: c } of rows.moves) {
    sql.run(
      `UPDATE "Claim" SET "sentenceIndex" = ?, "evidenceStart" = ?, "evidenceEnd" = ?, "actStart" = ?, "actEnd" = ?,
         "actorStart" = ?, "actorEnd" = ?, "updatedAt" = ? WHERE "id" = ?`,
      c.sentenceIndex, c.evidenceStart, c.evidenceEnd, c.actStart, c.actEnd, c.actorStart, c.actorEnd, now, id,
    );
  }
  for (const id of rows.orphan) sql.run(`UPDATE "Claim" SET "status" = 'orphaned', "updatedAt" = ? WHERE "id" = ?`, now, id);
  for (const c of rows.inserts) {
    sql.run(
      `INSERT INTO "Claim" ("statementId", "sentenceIndex", "sentenceHash", "topic", "evidenceStart", "evidenceEnd", "act",
         "actConfidence", "actRule", "actStart", "actEnd", "actorKind", "actorParties", "actorStart", "actorEnd", "negated",
         "future", "hypothetical", "historical", "confidence", "topicRule", "codebook", "method", "status", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)`,
      c.statementId, c.sentenceIndex, c.sentenceHash, c.topic, c.evidenceStart, c.evidenceEnd, c.act,
      c.actConfidence, sqliteJson(c.actRule), c.actStart, c.actEnd, c.actorKind, sqliteJson(c.actorParties), c.actorStart, c.actorEnd,
      sqliteBoolean(c.negated), sqliteBoolean(c.future), sqliteBoolean(c.hypothetical), sqliteBoolean(c.historical),
      c.confidence, sqliteJson(c.topicRule), c.codebook, c.method, now, now,
    );
  }
}

/** Marks the analyses of these statements stale, for the background re-analysis. */
export async function markAnalysesStale(tx: Tx, where: { meetingId?: number; partyCode?: string }): Promise<number> {
  const result = await tx.statementAnalysis.updateMany({
    where: {
      statement: {
        deletedAt: null,
        ...(where.meetingId !== undefined && { meetingId: where.meetingId }),
        ...(where.partyCode !== undefined && {
          OR: [{ party: { code: where.partyCode } }, { meeting: { participants: { some: { party: { code: where.partyCode } } } } }],
        }),
      },
    },
    data: { stale: true },
  });
  return result.count;
}

/**
 * Live statements whose analysis is missing, stale, of another revision, of an older
 * taxonomy, or made by another codebook (an upgraded analyser re-reads everything).
 */
export async function findStatementsToReanalyse(db: Reader, taxonomyVersion: number, codebook: string, limit: number): Promise<{ id: number; revision: number }[]> {
  const rows = await db.$queryRaw<{ id: bigint | number; revision: bigint | number }[]>`
    SELECT s."id" AS id, s."revision" AS revision FROM "Statement" s
    LEFT JOIN "StatementAnalysis" a ON a."statementId" = s."id"
    WHERE s."deletedAt" IS NULL
      AND (a."statementId" IS NULL OR a."stale" = true OR a."revision" <> s."revision" OR a."taxonomyVersion" <> ${taxonomyVersion} OR a."codebook" <> ${codebook})
    ORDER BY s."id" LIMIT ${limit}`;
  return rows.map((row) => ({ id: Number(row.id), revision: Number(row.revision) }));
}

/** Whether a statement's stored analysis is of its current revision, this taxonomy and codebook, and not stale. */
export async function isAnalysisCurrent(db: Reader, statementId: number, taxonomyVersion: number, codebook: string): Promise<boolean> {
  const row = await db.statementAnalysis.findUnique({
    select: { revision: true, taxonomyVersion: true, codebook: true, stale: true, statement: { select: { revision: true } } },
    where: { statementId },
  });
  return row !== null && !row.stale && row.revision === row.statement.revision && row.taxonomyVersion === taxonomyVersion && row.codebook === codebook;
}

export async function countStatementsToReanalyse(db: Reader, taxonomyVersion: number, codebook: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(*) AS n FROM "Statement" s
    LEFT JOIN "StatementAnalysis" a ON a."statementId" = s."id"
    WHERE s."deletedAt" IS NULL
      AND (a."statementId" IS NULL OR a."stale" = true OR a."revision" <> s."revision" OR a."taxonomyVersion" <> ${taxonomyVersion} OR a."codebook" <> ${codebook})`;
  return Number(rows[0]?.n ?? 0);
}
