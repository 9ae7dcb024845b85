import { AppError, type ErrorCode, type FieldIssue } from '../domain/errors.ts';

/** The one table from error code to HTTP status and fixed title (RFC 9457 §3.1.3: title does not vary). */
export const problemTable: Record<ErrorCode, { status: number; title: string; meaning: string }> = {
  'unauthenticated': { status: 401, title: 'Authentication required', meaning: 'No API key, or an unknown or revoked one, where the route needs a key; see WWW-Authenticate.' },
  'forbidden': { status: 403, title: 'Not allowed for this key', meaning: "The key's scopes do not include what the route needs (read, write or admin)." },
  'not-found': { status: 404, title: 'Resource not found', meaning: 'The path names no live party, meeting or statement.' },
  'conflict': { status: 409, title: 'Conflicts with stored data', meaning: 'A duplicate code or ref, or a record still referenced.' },
  'stale-revision': { status: 412, title: 'Precondition failed', meaning: 'If-Match named a version that is no longer current.' },
  'invalid-input': { status: 422, title: 'Request is not valid', meaning: 'A field, parameter or limit is violated; `errors` lists each.' },
  'malformed-json': { status: 400, title: 'Body is not valid JSON', meaning: 'The body (or an NDJSON line) does not parse.' },
  'unknown-party': { status: 422, title: 'Unknown party', meaning: 'A party code in the body is not stored.' },
  'invalid-taxonomy': { status: 422, title: 'Taxonomy is not valid', meaning: 'A taxonomy change breaks ids, parents or terms.' },
  'payload-too-large': { status: 413, title: 'Payload too large', meaning: 'The body exceeds MAX_BODY_BYTES.' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type', meaning: 'The body is not sent as one of the accepted Content-Types.' },
  'not-acceptable': { status: 406, title: 'Not acceptable', meaning: 'None of the formats named by Accept or ?format= is offered here; the detail lists those that are.' },
  'rate-limited': { status: 429, title: 'Too many requests', meaning: 'The client exceeded RATE_LIMIT_PER_MINUTE; the RateLimit header says when to retry.' },
  'unavailable': { status: 503, title: 'Service unavailable', meaning: 'The database does not answer; /healthz reports it so a load balancer can route around.' },
  'method-not-allowed': { status: 405, title: 'Method not allowed', meaning: 'The path exists but not with this method; see Allow.' },
  'internal': { status: 500, title: 'Internal error', meaning: 'A fault on our side; the request id finds it in the log.' },
};

/** RFC 9457 problem details, as every error response carries them. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly requestId: string;
  readonly errors?: readonly FieldIssue[];
}

export function problemType(code: ErrorCode): string {
  return `urn:parallax:problem:${code}`;
}

/** Builds the problem body for an AppError; any other error becomes a detail-free 500. */
export function toProblem(error: unknown, instance: string, requestId: string): ProblemBody {
  const appError = error instanceof AppError ? error : new AppError('internal', 'An unexpected error occurred; quote the request id when reporting it.');
  const { status, title } = problemTable[appError.code];
  return {
    type: problemType(appError.code), title, status, detail: appError.message, instance, requestId,
    ...(appError.fields.length > 0 && { errors: appError.fields }),
  };
}
