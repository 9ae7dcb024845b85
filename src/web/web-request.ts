import type { Request, Response } from 'express';
import { grants, type Caller, type ReadAccess } from '../domain/api-key.ts';
import { AppError } from '../domain/errors.ts';
import { authorize, callerOf } from '../http/authenticate.ts';
import type { PageContext } from './layout.ts';

/** The page context of a request: who calls (anonymous until the auth middleware says otherwise) and its id. */
export function pageContext(req: Request, res: Response): PageContext {
  return { caller: callerOf(res.locals), requestId: String(res.getHeader('x-request-id') ?? ''), path: req.originalUrl };
}

/** Reading pages follow READ_ACCESS like the API's read routes. */
export function assertMayRead(caller: Caller, readAccess: ReadAccess): void {
  authorize('read', caller, readAccess);
}

/** Whether the caller may use the reading room's write forms. */
export function mayWrite(caller: Caller): boolean {
  return caller.kind === 'key' && grants(caller.scopes, 'write');
}

/**
 * Refuses a form post made by another site. SameSite=Strict already keeps the key cookie
 * off cross-site requests; this is the second wall (OWASP CSRF cheat sheet, "Verifying
 * origin with standard headers"): the Origin header, or else the Referer's origin, must
 * be this host. A post with neither is refused too: every browser that posts a form sends one.
 */
export function assertSameOrigin(req: Request): void {
  // req.host honours X-Forwarded-Host only when TRUST_PROXY trusts the proxy that sent it.
  const host = req.host as string | undefined;
  const claimed = req.get('origin') ?? originOf(req.get('referer'));
  if (host === undefined || claimed === undefined || claimed === 'null') {
    throw new AppError('forbidden', 'this form can only be sent from a page of this site (the request has no Origin or Referer header)');
  }
  let claimedHost: string;
  try {
    claimedHost = new URL(claimed).host;
  } catch {
    claimedHost = '';
  }
  if (claimedHost !== host) {
    throw new AppError('forbidden', `this form can only be sent from a page of this site, got one from ${claimed}`);
  }
}

function originOf(referer: string | undefined): string | undefined {
  if (referer === undefined) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/** A local path to return to after sign-in: only paths on this site, never `//host` or a scheme. */
export function safeNextPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/u.test(value) && value.length <= 2000 ? value : '/';
}

/** A form field's single string value ('' when absent or sent more than once). */
export function formField(body: unknown, name: string): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}
