import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import { anonymous, grants, type Access, type Caller, type ReadAccess } from '../domain/api-key.ts';
import { AppError } from '../domain/errors.ts';
import type { ApiKeyService } from '../services/api-key-service.ts';

/**
 * The cookie the reading room's sign-in sets. Honoured for reads anywhere (report links
 * under /v1 open in the browser) but for writes only outside /v1, where the reading
 * room's forms check the Origin: an API write must carry the Authorization header,
 * which no cross-site page can make a browser send.
 */
export const keyCookie = 'parallax_key';

/** RFC 6750 §2.1: `Authorization: Bearer <token>`; the scheme is case-insensitive. */
function bearerToken(header: string): string | undefined {
  return /^Bearer +([^\s]+) *$/iu.exec(header)?.[1];
}

function cookieValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Identifies the caller of every request and leaves it in `res.locals.caller`; refuses
 * nothing itself (each route decides with `authorize`), so it can run before the rate
 * limiter, which counts per key. A presented but unknown key is `invalid`, never anonymous.
 */
export function identifyCaller(apiKeys: ApiKeyService): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization;
    const cookieAllowed = req.method === 'GET' || req.method === 'HEAD' || !req.path.startsWith('/v1/');
    const token = header !== undefined ? bearerToken(header) ?? '' : (cookieAllowed ? cookieValue(req.headers, keyCookie) : undefined);
    if (token === undefined) {
      res.locals.caller = anonymous;
      next();
      return;
    }
    apiKeys.authenticate(token).then((caller) => {
      res.locals.caller = caller;
      next();
    }, next);
  };
}

/** The caller `identifyCaller` found; anonymous where it did not run. */
export function callerOf(locals: Record<string, unknown>): Caller {
  return (locals.caller as Caller | undefined) ?? anonymous;
}

/** Throws unless `caller` may use a route with this access; 401 without a usable key, 403 without the scope. */
export function authorize(access: Access, caller: Caller, readAccess: ReadAccess): void {
  if (access === 'public') return;
  if (caller.kind === 'invalid') throw new AppError('unauthenticated', 'the API key is malformed, unknown or revoked');
  if (caller.kind === 'anonymous') {
    if (access === 'read' && readAccess === 'open') return;
    throw new AppError('unauthenticated', `this operation needs an API key with the ${access} scope, sent as Authorization: Bearer <key>`);
  }
  if (!grants(caller.scopes, access)) {
    throw new AppError('forbidden', `this operation needs the ${access} scope; the key "${caller.name}" has ${caller.scopes.join(', ') || 'none'}`);
  }
}
