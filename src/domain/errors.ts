/**
 * The one error type of Parallax. Code outside `http/` throws AppError with a
 * stable code and never an HTTP status; `http/problem.ts` maps each code once.
 */
export const errorCodes = [
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'stale-revision',
  'invalid-input',
  'malformed-json',
  'unknown-party',
  'invalid-taxonomy',
  'payload-too-large',
  'unsupported-media-type',
  'not-acceptable',
  'method-not-allowed',
  'rate-limited',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Where in a request an offending value sits. */
export type FieldLocation = 'body' | 'query' | 'path' | 'header';

/**
 * One offending value: a JSON Pointer (RFC 6901, as a URI fragment "#/participants/0/party")
 * into the request part named by `in`, and what is wrong with it.
 */
export interface FieldIssue {
  readonly in: FieldLocation;
  readonly pointer: string;
  readonly detail: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: readonly FieldIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}
