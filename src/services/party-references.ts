import { AppError } from '../domain/errors.ts';
import type { Reader } from '../db/create-db.ts';
import { findPartyIds } from '../db/party-repository.ts';

/** A party code as it appears in a request body, with the JSON Pointer to it. */
export interface PartyReference {
  readonly code: string;
  readonly pointer: string;
}

/**
 * Resolves party codes to ids, failing with `unknown-party` that lists every code
 * not stored (and not in `alsoKnown`, e.g. parties created by the same import).
 */
export async function resolvePartyIds(
  db: Reader, references: readonly PartyReference[], alsoKnown: ReadonlySet<string> = new Set(),
): Promise<Map<string, number>> {
  const ids = await findPartyIds(db, references.map((reference) => reference.code));
  const missing = references.filter((reference) => !ids.has(reference.code) && !alsoKnown.has(reference.code));
  if (missing.length > 0) {
    const codes = [...new Set(missing.map((reference) => reference.code))];
    throw new AppError('unknown-party', `unknown party ${codes.join(', ')}; create it first (POST /v1/parties)`,
      missing.map((reference) => ({ in: 'body', pointer: reference.pointer, detail: `no party has code ${reference.code}` })));
  }
  return ids;
}
