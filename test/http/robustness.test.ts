import fc from 'fast-check';
import request from 'supertest';
import { apiRoutes } from '../../src/app.ts';
import { demoBundle } from '../../src/db/seed/demo-bundle.ts';
import { recordFigures, soakFactor } from '../helpers/soak.ts';
import { createTestApp, testLimits, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let document: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
/** An admin key of the fuzzer's own, so every request gets past authorisation and reaches the input rules. */
let admin: { id: number; key: string };
const freshAdmin = async () => t.services.apiKeys.create({ name: 'fuzzer', scopes: ['admin'] });
beforeAll(async () => {
  t = await createTestApp();
  await t.services.imports.run(demoBundle);
  document = (await request(t.app).get('/v1/openapi.json')).body;
  admin = await freshAdmin();
});
afterAll(async () => { await t.close(); });

const routes = apiRoutes(testLimits, () => ({})).filter((route) => route.path !== '/v1/openapi.json');
const pathValue = fc.oneof(fc.constantFrom('1', '2', '0', '-1', 'CHN', 'KOR', 'semiconductors', '99999999999999999999', '%00', 'abc'), fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent));
const queryValue = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('1', '0', '-5', '2023-05-25', 'CHN,KOR', 'divergence', 'all', '1,2'));
const body = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.object({ maxDepth: 2 }), fc.constant({}));

describe('every operation, on generated input', () => {
  it.each(routes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))('%s never answers 5xx, and every error is problem+json', async (_name, route) => {
    await fc.assert(fc.asyncProperty(
      fc.array(pathValue, { minLength: 3, maxLength: 3 }),
      fc.dictionary(fc.constantFrom('limit', 'cursor', 'party', 'parties', 'from', 'to', 'q', 'sort', 'tag', 'include', 'statements', 'note', 'forum'), queryValue, { maxKeys: 3 }),
      body,
      async (values, query, payload) => {
        let i = 0;
        const url = route.path.replace(/\{[^}]+\}/g, () => values[i++] ?? '1');
        const call = request(t.app)[route.method](url).set('Authorization', `Bearer ${admin.key}`).query(query);
        const res = route.method === 'get' || route.method === 'delete' ? await call : await call.set('content-type', 'application/json').send(JSON.stringify(payload));
        if (res.status >= 500) throw new Error(`${route.method} ${url} answered ${res.status}: ${res.text}`);
        if (res.status >= 400 && !String(res.headers['content-type']).startsWith('application/problem+json')) {
          throw new Error(`${route.method} ${url} answered ${res.status} without problem+json`);
        }
        // A generated id may have named the fuzzer's own key in DELETE /v1/keys/{keyId}.
        if ((await t.services.apiKeys.get(admin.id)).revokedAt) admin = await freshAdmin();
        const documented = route.responses[res.status];
        const listed = Object.keys(document.paths[route.path]?.[route.method]?.responses ?? {});
        if (!listed.includes(String(res.status)) && res.status !== 404 && res.status !== 405) {
          throw new Error(`${route.method} ${url} answered ${res.status}, which its OpenAPI operation does not document`);
        }
        const parsed = documented?.schema?.safeParse(res.body);
        if (parsed && !parsed.success) {
          throw new Error(`${route.method} ${url} answered ${res.status} with a body off its schema: ${parsed.error.message}`);
        }
      },
    ), { numRuns: 100 * soakFactor });
    recordFigures('fuzz (generated requests)', { operation: `${route.method.toUpperCase()} ${route.path}`, requests: 100 * soakFactor, serverErrors: 0 });
  });
});
