import cors from 'cors';
import express, { type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import type { ReadAccess } from './domain/api-key.ts';
import { AppError } from './domain/errors.ts';
import type { AppServices } from './services/create-services.ts';
import { parsePart, toExpressPath, type RouteDefinition } from './http/define-route.ts';
import { authorize, callerOf, identifyCaller } from './http/authenticate.ts';
import { errorHandler } from './http/error-handler.ts';
import { sharedRateLimitStore } from './http/rate-limit-store.ts';
import { securityHeaders } from './http/security-headers.ts';
import { buildOpenApiDocument } from './http/openapi.ts';
import { requestIdOf } from './http/request-id.ts';
import { analysisRoutes } from './http/routes/analysis-routes.ts';
import { apiKeyRoutes } from './http/routes/api-key-routes.ts';
import { claimRoutes } from './http/routes/claim-routes.ts';
import { comparisonRoutes } from './http/routes/comparison-routes.ts';
import { importRoutes } from './http/routes/import-routes.ts';
import { taxonomyRoutes } from './http/routes/taxonomy-routes.ts';
import { meetingRoutes } from './http/routes/meeting-routes.ts';
import { partyRoutes } from './http/routes/party-routes.ts';
import { reportRoutes } from './http/routes/report-routes.ts';
import { searchRoutes } from './http/routes/search-routes.ts';
import { statementRoutes } from './http/routes/statement-routes.ts';
import { systemRoutes } from './http/routes/system-routes.ts';
import type { PageLimits } from './http/schemas/common.ts';
import { webRouter } from './web/web-router.ts';

export interface AppDeps {
  readonly services: AppServices;
  readonly logger: Logger;
  readonly limits: { readonly maxBodyBytes: number; readonly page: PageLimits; readonly requestsPerMinute: number };
  readonly version: string;
  /** Origins allowed to call from a browser; empty: no CORS headers at all. */
  readonly corsOrigins?: readonly string[];
  /** Express 'trust proxy': decides which address counts as the client's for rate limits. */
  readonly trustProxy?: boolean | number | string;
  /** Whether read routes admit anonymous callers (`open`, the default) or need a key. */
  readonly readAccess?: ReadAccess;
}

type AnyRoute = RouteDefinition<AppServices, unknown, unknown, unknown>;

/** Every API route, in one list: the router and the OpenAPI document are both built from it. */
export function apiRoutes(limits: AppDeps['limits'], openApi: () => unknown): AnyRoute[] {
  return [
    ...partyRoutes(limits.page), ...meetingRoutes(limits.page), ...statementRoutes(limits.page), ...searchRoutes(limits.page),
    ...importRoutes(), ...analysisRoutes(), ...claimRoutes(), ...comparisonRoutes(), ...reportRoutes(), ...taxonomyRoutes(), ...apiKeyRoutes(), ...systemRoutes(openApi),
  ] as AnyRoute[];
}

function runRoute(route: AnyRoute, services: AppServices, readAccess: ReadAccess) {
  const accepted = route.bodyTypes ?? [{ mediaType: 'application/json' }];
  return async (req: Request, res: Response) => {
    // Before any parsing: a caller without access learns nothing about the input rules.
    const caller = callerOf(res.locals);
    authorize(route.access, caller, readAccess);
    let rawBody: unknown;
    if (route.body) {
      const type = accepted.find((candidate) => req.is(candidate.mediaType));
      if (!type) {
        throw new AppError('unsupported-media-type',
          `send the body as ${accepted.map((t) => t.mediaType).join(' or ')}, got ${req.headers['content-type'] ?? 'no Content-Type'}`);
      }
      rawBody = type.parse ? type.parse(typeof req.body === 'string' ? req.body : '') : req.body;
    }
    const input = {
      params: parsePart(route.params, req.params, 'path'),
      query: parsePart(route.query, req.query, 'query'),
      body: parsePart(route.body, rawBody, 'body'),
      headers: req.headers,
      caller,
    };
    const reply = await route.handler(input, services);
    res.status(reply.status);
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    if (reply.body === undefined) res.end();
    else if (reply.contentType) res.type(reply.contentType).send(reply.body);
    else res.json(reply.body);
  };
}

const bodilessMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function unlessBodiless(parser: express.RequestHandler): express.RequestHandler {
  return (req, res, next) => (bodilessMethods.has(req.method) ? next() : parser(req, res, next));
}

/** The Express app, without listen and without reading the environment (tests build it directly). */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', deps.trustProxy ?? false);

  const routes = apiRoutes(deps.limits, () => document);
  const readAccess = deps.readAccess ?? 'open';
  const document = buildOpenApiDocument(routes as never, { version: deps.version, readAccess });

  app.use((req, res, next) => {
    res.setHeader('X-Request-Id', requestIdOf(req));
    next();
  });
  app.use(pinoHttp({
    logger: deps.logger,
    genReqId: (_req, res) => String(res.getHeader('x-request-id')),
    // Only what an operator needs; headers (and with them any API key) stay out of the log.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  }));
  // At debug level, a line as each request is received (pino-http logs at completion): shows
  // what was in flight when a process stopped, and lets the drain test know what to expect.
  app.use((req, _res, next) => {
    req.log.debug({ method: req.method, url: req.url }, 'request received');
    next();
  });
  if (deps.corsOrigins && deps.corsOrigins.length > 0) {
    app.use(cors({ origin: [...deps.corsOrigins], exposedHeaders: ['ETag', 'Location', 'RateLimit', 'RateLimit-Policy', 'X-Request-Id'] }));
  }
  app.use(identifyCaller(deps.services.apiKeys));
  // IETF RateLimit headers (draft 8) on every answer; over the limit, a 429 problem.
  // Counted per key for callers with one, per client address for everyone else; in the
  // database when several instances share it (PostgreSQL), otherwise in memory.
  app.use(rateLimit({
    ...(deps.services.rateLimits.shared && { store: sharedRateLimitStore(deps.services.rateLimits) }),
    windowMs: 60_000, limit: deps.limits.requestsPerMinute, standardHeaders: 'draft-8', legacyHeaders: false,
    keyGenerator: (req, res) => {
      const caller = callerOf(res.locals);
      return caller.kind === 'key' ? `key:${caller.keyId}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    // Health probes from a load balancer or orchestrator must never be turned away.
    skip: (req) => req.path === '/healthz',
    handler: (_req, _res, next) => next(new AppError('rate-limited', `more than ${deps.limits.requestsPerMinute} requests in a minute; retry after the time the RateLimit header gives`)),
  }));
  app.use('/docs', helmet({ contentSecurityPolicy: false }), swaggerUi.serve, swaggerUi.setup(document as swaggerUi.JsonObject));
  app.use(securityHeaders());
  // Bodies are read only where a method carries one: the parsers cost GETs a few percent for nothing.
  app.use(unlessBodiless(express.json({ limit: deps.limits.maxBodyBytes, type: ['application/json', 'application/*+json'] })));
  app.use(unlessBodiless(express.text({ limit: deps.limits.maxBodyBytes, type: ['application/x-ndjson'] })));

  const router = express.Router();
  const methodsByPath = new Map<string, string[]>();
  for (const route of routes) {
    const path = toExpressPath(route.path);
    router[route.method](path, runRoute(route, deps.services, readAccess));
    methodsByPath.set(path, [...(methodsByPath.get(path) ?? []), route.method.toUpperCase()]);
  }
  app.use(router);
  // The reading room's pages: outside /v1 and the OpenAPI document, over the same services.
  app.use(webRouter({ services: deps.services, limits: deps.limits, readAccess }));

  // A known path with another method is 405 with Allow (RFC 9110 §15.5.6), not 404.
  const knownPaths = [...methodsByPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.replace(/:[A-Za-z0-9_]+/g, '[^/]+')}/?$`), methods,
  }));
  app.use((req) => {
    const known = knownPaths.find((candidate) => candidate.pattern.test(req.path));
    if (known) {
      throw new AppError('method-not-allowed', `${req.method} is not allowed here; use ${known.methods.join(', ')}`,
        [{ in: 'header', pointer: '#/allow', detail: known.methods.join(', ') }]);
    }
    throw new AppError('not-found', `no resource at ${req.path}`);
  });
  app.use(errorHandler);
  return app;
}
