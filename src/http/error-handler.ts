import type { ErrorRequestHandler, Request } from 'express';
import { AppError } from '../domain/errors.ts';
import { toProblem } from './problem.ts';

interface HttpParserError { type?: unknown; status?: unknown; limit?: unknown }

/** body-parser's failures, by its documented `type`, as AppErrors. */
function fromParserError(error: HttpParserError): AppError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError('malformed-json', 'the request body is not valid JSON');
    case 'entity.too.large':
      return new AppError('payload-too-large', `the request body exceeds the limit of ${String(error.limit)} bytes`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported-media-type', 'the body must be UTF-8 text, without a content encoding');
    default:
      return typeof error.status === 'number' && error.status >= 400 && error.status < 500
        ? new AppError('malformed-json', 'the request body could not be read')
        : undefined;
  }
}

/** The only writer of error responses: every error leaves as application/problem+json. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req: Request, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const appError = error instanceof AppError ? error
    : (typeof error === 'object' && error !== null ? fromParserError(error as HttpParserError) : undefined);
  const requestId = String(res.getHeader('x-request-id') ?? '');
  const problem = toProblem(appError ?? error, req.originalUrl.split('?')[0] ?? '', requestId);
  if (problem.status >= 500) req.log.error({ err: error }, 'request failed');
  if (appError?.code === 'method-not-allowed') {
    const allow = appError.fields.find((field) => field.in === 'header')?.detail;
    if (allow) res.setHeader('Allow', allow);
  }
  // RFC 9110 §11.6.1: a 401 names the scheme that would succeed.
  if (appError?.code === 'unauthenticated') res.setHeader('WWW-Authenticate', 'Bearer realm="parallax"');
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
};
