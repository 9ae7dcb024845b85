import { grants, keyIdOf, type Scope } from '../../src/domain/api-key.ts';

describe('grants', () => {
  it.each([
    [['read'], 'read', true],
    [['read'], 'write', false],
    [['write'], 'read', true],
    [['write'], 'admin', false],
    // admin includes everything below it
    [['admin'], 'write', true],
    [['read', 'admin'], 'admin', true],
    [[], 'read', false],
  ] as [Scope[], Scope, boolean][])('scopes %j for %s: %s', (held, needed, expected) => {
    expect(grants(held, needed)).toBe(expected);
  });
});

describe('keyIdOf', () => {
  it('when the caller has a key, gives its id; otherwise null', () => {
    expect([
      keyIdOf({ kind: 'key', keyId: 7, name: 'desk', scopes: ['write'] }), keyIdOf({ kind: 'anonymous' }), keyIdOf({ kind: 'invalid' }),
    ]).toEqual([7, null, null]);
  });
});
