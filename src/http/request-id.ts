import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The id that ties a response to its log line. A caller's X-Request-Id is kept when
 * it is a short token (so a proxy's id carries through); anything else is replaced,
 * since it would be written to the log verbatim.
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{8,128}$/.test(given) ? given : randomUUID();
}
