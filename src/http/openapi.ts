import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { Access, ReadAccess } from '../domain/api-key.ts';
import type { RouteDefinition } from './define-route.ts';
import { problems } from './routes/responses.ts';

function securityOf(access: Access, readAccess: ReadAccess): Record<string, string[]>[] {
  if (access === 'public') return [];
  if (access === 'read' && readAccess === 'open') return [{}, { apiKey: [] }];
  return [{ apiKey: [access] }];
}

/**
 * A route that may need a key answers 401 to a missing or bad key, and 403 when the key
 * lacks the scope; every scope includes read, so read routes never answer 403.
 */
function accessProblems(access: Access) {
  if (access === 'public') return {};
  return access === 'read' ? problems('unauthenticated') : problems('unauthenticated', 'forbidden');
}

/** OpenAPI 3.1 document built from the same route definitions the router runs. */
export function buildOpenApiDocument(routes: readonly RouteDefinition<never, never, never, never>[], info: { version: string; readAccess: ReadAccess }) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const bodyTypes = route.bodyTypes ?? [{ mediaType: 'application/json' }];
    const operation: ZodOpenApiOperationObject = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description && { description: route.description }),
      tags: [...route.tags],
      // RFC 6750 bearer keys; an empty requirement ({}) marks anonymous access as allowed.
      security: securityOf(route.access, info.readAccess),
      requestParams: {
        ...(route.params && { path: route.params as unknown as z.ZodObject }),
        ...(route.query && { query: route.query as unknown as z.ZodObject }),
        ...(route.requestHeaders && { header: route.requestHeaders }),
      },
      ...(route.body && {
        requestBody: {
          required: true,
          content: Object.fromEntries(bodyTypes.map((type) => [type.mediaType, {
            schema: type.parse ? z.string().meta({ description: 'One JSON record a line.' }) : route.body,
          }])),
        },
      }),
      // Any operation can fail on our side or be rate limited, and any path answers 405 to a method it lacks:
      // said once here rather than in every route.
      responses: Object.fromEntries(Object.entries({ ...route.responses, ...accessProblems(route.access), ...problems('method-not-allowed', 'rate-limited', 'internal') }).map(([status, spec]) => [status, {
        description: spec.description,
        ...(spec.headers && {
          headers: z.object(Object.fromEntries(Object.entries(spec.headers).map(([name, description]) => [name, z.string().meta({ description })]))),
        }),
        ...((spec.schema || spec.mediaTypes) && {
          content: {
            ...(spec.schema && { [Number(status) >= 400 ? 'application/problem+json' : 'application/json']: { schema: spec.schema } }),
            ...Object.fromEntries(Object.entries(spec.mediaTypes ?? {}).map(([mediaType, schema]) => [mediaType, { schema }])),
          },
        }),
      }])),
    };
    const pathItem = paths[route.path] ?? {};
    paths[route.path] = { ...pathItem, [route.method]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Parallax API',
      version: info.version,
      description: [
        'Store, analyse and compare the readouts each government publishes of one meeting.',
        'Errors are application/problem+json (RFC 9457); `errors[].pointer` is a JSON Pointer into the request part named by `errors[].in`.',
        'Updates and deletes honour If-Match against the ETag (RFC 9110 §13.1.1). Lists are cursor-paginated: pass `nextCursor` back as `cursor`.',
      ].join('\n\n'),
    },
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (`plx_…`) from `npm run keys -- create` or `POST /v1/keys`, as `Authorization: Bearer <key>`. Scopes: read < write < admin.' },
      },
    },
  });
}
