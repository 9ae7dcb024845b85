import request from 'supertest';
import { apiRoutes } from '../../src/app.ts';
import type { Access, ReadAccess } from '../../src/domain/api-key.ts';
import { demoBundle } from '../../src/db/seed/demo-bundle.ts';
import { createTestApp, testLimits, type TestApp } from '../helpers/test-app.ts';

// Every route the router serves (taken from the same list it is built from) against every
// kind of caller, with reads open and with reads keyed. A refused call is 401 or 403 with
// a problem body; an admitted call may still fail for other reasons (404, 422), but never
// with 401 or 403.
const routes = apiRoutes(testLimits, () => ({}));
const callers = ['none', 'read', 'write', 'admin', 'revoked', 'malformed'] as const;
type CallerKind = (typeof callers)[number];

/** The status class a caller must get: admitted, 401 or 403. */
function expected(access: Access, caller: CallerKind, readAccess: ReadAccess): 'admitted' | 401 | 403 {
  if (access === 'public') return 'admitted';
  if (caller === 'revoked' || caller === 'malformed') return 401;
  if (caller === 'none') return access === 'read' && readAccess === 'open' ? 'admitted' : 401;
  const rank = { read: 0, write: 1, admin: 2 } as const;
  return rank[caller] >= rank[access] ? 'admitted' : 403;
}

const apps = new Map<ReadAccess, { t: TestApp; headers: Record<CallerKind, Record<string, string>> }>();
beforeAll(async () => {
  for (const readAccess of ['open', 'key'] as const) {
    const t = await createTestApp({ app: { readAccess } });
    await t.services.imports.run(demoBundle);
    const revoked = await t.services.apiKeys.create({ name: 'revoked admin', scopes: ['admin'] });
    await t.services.apiKeys.revoke(revoked.id);
    const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
    apps.set(readAccess, {
      t,
      headers: {
        none: {}, read: bearer(t.keys.read), write: bearer(t.keys.write), admin: bearer(t.keys.admin),
        revoked: bearer(revoked.key), malformed: { Authorization: 'Basic dXNlcjpwYXNz' },
      },
    });
  }
});
afterAll(async () => { await Promise.all([...apps.values()].map(({ t }) => t.close())); });

const cases = (['open', 'key'] as const).flatMap((readAccess) => routes.flatMap((route) => callers.map((caller) => ({
  name: `READ_ACCESS=${readAccess} ${route.method.toUpperCase()} ${route.path} as ${caller}`, route, caller, readAccess,
}))));

describe('authorisation matrix', () => {
  it.each(cases)('$name', async ({ route, caller, readAccess }) => {
    const app = apps.get(readAccess);
    if (!app) throw new Error('app not built');
    // Path values that exist in the demo data where possible; a 404 still counts as admitted.
    const url = route.path.replace(/\{[^}]+\}/gu, (name) => (name === '{code}' ? 'CHN' : name === '{topicId}' ? 'zz-no-such-topic' : '999999'));

    const call = request(app.t.app)[route.method](url).set(app.headers[caller]);
    const res = route.method === 'get' || route.method === 'delete' ? await call : await call.send({});

    const want = expected(route.access, caller, readAccess);
    if (want === 'admitted') {
      expect([route.operationId, res.status]).not.toEqual([route.operationId, 401]);
      expect([route.operationId, res.status]).not.toEqual([route.operationId, 403]);
    } else {
      expect([route.operationId, res.status]).toEqual([route.operationId, want]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/u);
      expect(res.body.type).toBe(want === 401 ? 'urn:parallax:problem:unauthenticated' : 'urn:parallax:problem:forbidden');
      if (want === 401) expect(res.headers['www-authenticate']).toBe('Bearer realm="parallax"');
    }
  });

  it('when the routes are listed, every one declares an access level', () => {
    const undeclared = routes.filter((route) => !['public', 'read', 'write', 'admin'].includes(route.access));

    expect(undeclared).toEqual([]);
  });
});
