/** What a key may do. Each scope includes the ones before it: admin can write, write can read. */
export const scopes = ['read', 'write', 'admin'] as const;
export type Scope = (typeof scopes)[number];

/** Who a route is open to: anyone, or a caller whose key grants the scope. */
export type Access = 'public' | Scope;

/** Reads are open to anonymous callers, or need a key with `read`. */
export type ReadAccess = 'open' | 'key';

/** The caller of one request, as the key it presented identifies it. */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'key'; readonly keyId: number; readonly name: string; readonly scopes: readonly Scope[] }
  /** A key was presented but is unknown or revoked: never treated as anonymous. */
  | { readonly kind: 'invalid' };

export const anonymous: Caller = { kind: 'anonymous' };

/** The key a write is recorded against: null for the command line and the demo seed. */
export function keyIdOf(caller: Caller): number | null {
  return caller.kind === 'key' ? caller.keyId : null;
}

/** Whether a key with these scopes may do what `needed` requires. */
export function grants(held: readonly Scope[], needed: Scope): boolean {
  const rank = scopes.indexOf(needed);
  return held.some((scope) => scopes.indexOf(scope) >= rank);
}

/** A stored key as listed: never its secret or hash. */
export interface ApiKeyInfo {
  readonly id: number;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: readonly Scope[];
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** A freshly created key: the only time its plaintext exists outside the caller's hands. */
export interface CreatedApiKey extends ApiKeyInfo {
  readonly key: string;
}
