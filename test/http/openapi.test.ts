import { apiRoutes } from '../../src/app.ts';
import { errorCodes } from '../../src/domain/errors.ts';
import { buildOpenApiDocument } from '../../src/http/openapi.ts';
import { testLimits } from '../helpers/test-app.ts';

describe('buildOpenApiDocument', () => {
  const routes = apiRoutes(testLimits, () => ({}));
  const document = JSON.stringify(buildOpenApiDocument(routes as never, { version: 'test', readAccess: 'open' }));

  it('when built from the routes, documents every error code in some problem response', () => {
    const missing = errorCodes.filter((code) => !document.includes(`${code}: `));

    expect(missing).toEqual([]);
  });

  it('when built from the routes, gives every operation a unique operationId', () => {
    const ids = routes.map((route) => route.operationId);

    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('router and document', () => {
  it('when the app is built, serves exactly the operations the OpenAPI document lists', async () => {
    const { createTestApp } = await import('../helpers/test-app.ts');
    const t = await createTestApp();
    const served = (await import('supertest')).default(t.app).get('/v1/openapi.json');
    const document = (await served).body as { paths: Record<string, Record<string, unknown>> };
    const routes = apiRoutes(testLimits, () => ({}));
    await t.close();

    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`)).sort();
    expect(documented).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });
});
