import { AppError } from '../domain/errors.ts';

/**
 * Opaque list cursors: base64url JSON of the last item's sort key. Clients must
 * treat them as opaque; a cursor that does not decode to the expected shape is a
 * 422 on the `cursor` parameter, never a 500.
 */
export function encodeCursor(position: Record<string, string | number | null>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string, read: (value: Record<string, unknown>) => T | undefined): T {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const position = typeof decoded === 'object' && decoded !== null && !Array.isArray(decoded)
    ? read(decoded as Record<string, unknown>)
    : undefined;
  if (position === undefined) {
    throw new AppError('invalid-input', 'cursor is not one this list produced', [
      { in: 'query', pointer: '#/cursor', detail: 'must be the nextCursor of a previous page of this list' },
    ]);
  }
  return position;
}

/** Takes one item more than the page size to learn whether a next page exists. */
export function toPage<T>(rows: readonly T[], limit: number, positionOf: (last: T) => Record<string, string | number | null>) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null,
  };
}
