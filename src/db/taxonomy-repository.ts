import type { StoredTaxonomy, Taxonomy, Topic } from '../domain/analysis/types.ts';
import type { Reader, Tx } from './create-db.ts';

/** Why a taxonomy version was stored, and by which API key (null: built in, command line). */
export interface TaxonomyChange {
  readonly note: string | null;
  readonly byKeyId?: number | null;
}

export interface TaxonomyVersionSummary {
  readonly version: number;
  readonly note: string | null;
  readonly createdAt: Date;
  readonly apiKeyId: number | null;
  readonly topicCount: number;
}

function toTaxonomy(row: { version: number; topics: unknown; note: string | null; createdAt: Date; apiKeyId: number | null }): StoredTaxonomy {
  // Topics were validated by createAnalyser before they were stored; the JSON column holds them as written.
  return { version: row.version, topics: Array.isArray(row.topics) ? (row.topics as Topic[]) : [], note: row.note, createdAt: row.createdAt, apiKeyId: row.apiKeyId };
}

/** The newest taxonomy version, or null when none is stored yet. */
export async function findCurrentTaxonomy(db: Reader): Promise<StoredTaxonomy | null> {
  const row = await db.taxonomyVersion.findFirst({ orderBy: { version: 'desc' } });
  return row ? toTaxonomy(row) : null;
}

/** The number of the current taxonomy version, without its topics (one index read); null before the first. */
export async function findCurrentTaxonomyVersion(db: Reader): Promise<number | null> {
  // Raw: Prisma's query compiler costs about three times the read itself on a hot path.
  const rows = await db.$queryRaw<{ version: bigint | number | null }[]>`SELECT MAX("version") AS version FROM "TaxonomyVersion"`;
  const version = rows[0]?.version;
  return version === null || version === undefined ? null : Number(version);
}

export async function findTaxonomyVersion(db: Reader, version: number): Promise<StoredTaxonomy | null> {
  const row = await db.taxonomyVersion.findUnique({ where: { version } });
  return row ? toTaxonomy(row) : null;
}

/** Every version, newest first, without their topics. */
export async function listTaxonomyVersions(db: Reader): Promise<TaxonomyVersionSummary[]> {
  const rows = await db.taxonomyVersion.findMany({ orderBy: { version: 'desc' } });
  return rows.map((row) => ({
    version: row.version, note: row.note, createdAt: row.createdAt, apiKeyId: row.apiKeyId, topicCount: Array.isArray(row.topics) ? row.topics.length : 0,
  }));
}

export async function insertTaxonomyVersion(tx: Tx, taxonomy: Taxonomy, change: TaxonomyChange): Promise<StoredTaxonomy> {
  const row = await tx.taxonomyVersion.create({
    data: { version: taxonomy.version, topics: JSON.parse(JSON.stringify(taxonomy.topics)), note: change.note, apiKeyId: change.byKeyId ?? null },
  });
  return toTaxonomy(row);
}
