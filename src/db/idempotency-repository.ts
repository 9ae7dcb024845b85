import type { Reader, Tx } from './create-db.ts';

export async function findIdempotencyRecord(db: Reader, key: string): Promise<{ requestHash: string; response: string } | null> {
  return db.idempotencyRecord.findUnique({ select: { requestHash: true, response: true }, where: { key } });
}

export async function insertIdempotencyRecord(tx: Tx, record: { key: string; requestHash: string; response: string }): Promise<void> {
  await tx.idempotencyRecord.create({ data: record });
}
