import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import type { Access, Caller } from '../domain/api-key.ts';
import type { FieldLocation } from '../domain/errors.ts';
import { toInvalidInput } from './zod-issues.ts';

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** What a handler returns: the status, an optional JSON (or raw) body and headers. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Set for non-JSON bodies (reports); the body must then be a string or Buffer. */
  readonly contentType?: string;
}

export interface RouteInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly headers: IncomingHttpHeaders;
  /** Who sent the request; writes record `keyId` in revisions and audit trails. */
  readonly caller: Caller;
}

export interface ResponseSpec {
  readonly description: string;
  readonly schema?: z.ZodType;
  readonly headers?: Readonly<Record<string, string>>;
  /** Media types the response may also come in besides JSON (reports, chosen by Accept), each with its body's schema. */
  readonly mediaTypes?: Readonly<Record<string, z.ZodType>>;
}

/** Media types a body may come in; `parse` turns a raw text body into the value the schema checks. */
export interface BodyType {
  readonly mediaType: string;
  readonly parse?: (text: string) => unknown;
}

/**
 * One route: feeds both the Express router and the OpenAPI document, so the
 * behaviour and the docs cannot drift apart. Paths use OpenAPI's {param} form.
 */
export interface RouteDefinition<S, P = unknown, Q = unknown, B = unknown> {
  readonly method: HttpMethod;
  /**
   * Who may call it: `public` (health, the API document), or a key granting the scope.
   * `read` routes also admit anonymous callers when READ_ACCESS=open.
   */
  readonly access: Access;
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  readonly bodyTypes?: readonly BodyType[];
  /** Request headers worth documenting (If-Match, Idempotency-Key). */
  readonly requestHeaders?: z.ZodObject;
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  readonly handler: (input: RouteInput<P, Q, B>, services: S) => Promise<Reply>;
}

/** Keeps each route's generic types while collecting routes in one array. */
export function defineRoute<S, P, Q, B>(route: RouteDefinition<S, P, Q, B>): RouteDefinition<S, P, Q, B> {
  return route;
}

/** Parses one request part, turning a failure into `invalid-input` naming each field. */
export function parsePart<T>(schema: z.ZodType<T> | undefined, value: unknown, location: FieldLocation): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw toInvalidInput(result.error, location);
  return result.data;
}

/** Express's ":param" form of an OpenAPI "{param}" path. */
export function toExpressPath(path: string): string {
  return path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

/** Strong ETag for a version number (RFC 9110 §8.8.3). */
export function etag(version: number): string {
  return `"${version}"`;
}

/**
 * RFC 9110 §13.1.1 If-Match: undefined when absent or "*"; the version it names
 * otherwise. A weak or foreign tag can never match a strong comparison, so it
 * maps to -1, which no stored version has, and the write fails with 412.
 */
export function ifMatchVersion(headers: IncomingHttpHeaders): number | undefined {
  const header = headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*"([0-9]{1,9})"\s*$/.exec(header);
  return match?.[1] === undefined ? -1 : Number(match[1]);
}
