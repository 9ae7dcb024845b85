import type { ResponseSpec } from '../define-route.ts';
import { ProblemSchema } from '../schemas/common.ts';
import { problemTable } from '../problem.ts';
import type { ErrorCode } from '../../domain/errors.ts';

/** Documents the problem responses a route can give, by error code. */
export function problems(...codes: ErrorCode[]): Record<number, ResponseSpec> {
  const byStatus = new Map<number, string[]>();
  for (const code of codes) {
    const { status, meaning } = problemTable[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), `${code}: ${meaning}`]);
  }
  return Object.fromEntries([...byStatus].map(([status, lines]) => [status, { description: lines.join(' '), schema: ProblemSchema }]));
}

export const etagHeader = { ETag: 'Version of the returned resource; send it back as If-Match to update safely.' };
