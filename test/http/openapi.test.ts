import { apiRoutes } from '../../src/app.ts';
import { errorCodes } from '../../src/domain/errors.ts';
import { buildOpenApiDocument } from '../../src/http/openapi.ts';
import { testLimits } from '../helpers/test-app.ts';

describe('buildOpenApiDocument', () => {
  const routes = apiRoutes(testLimits, () => ({}));
  const document = JSON.stringify(buildOpenApiDocument(routes as never, { version: 'test' }));

  it('when built from the routes, documents every error code in some problem response', () => {
    const missing = errorCodes.filter((code) => !document.includes(`${code}: `));

    expect(missing).toEqual([]);
  });

  it('when built from the routes, gives every operation a unique operationId', () => {
    const ids = routes.map((route) => route.operationId);

    expect(new Set(ids).size).toBe(ids.length);
  });
});
