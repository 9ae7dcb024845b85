import { AppError } from '../domain/errors.ts';

/**
 * RFC 9110 §13.1.1 If-Match: the write goes ahead only when the client's version is
 * the current one. `expected` is undefined when the request carried no If-Match.
 */
export function assertCurrentVersion(subject: string, current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new AppError('stale-revision', `${subject} is at version ${current}; If-Match named version ${expected}`, [
      { in: 'header', pointer: '#/if-match', detail: `must match the current ETag "${current}"` },
    ]);
  }
}
