import path from 'node:path';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import { z } from 'zod';
import { keyIdOf, type ReadAccess } from '../domain/api-key.ts';
import { AppError, type FieldIssue } from '../domain/errors.ts';
import type { StatementRevision } from '../domain/statement.ts';
import { keyCookie } from '../http/authenticate.ts';
import { problemTable } from '../http/problem.ts';
import type { PageLimits } from '../http/schemas/common.ts';
import { NewStatementBody } from '../http/schemas/statement.ts';
import { toInvalidInput } from '../http/zod-issues.ts';
import type { AppServices } from '../services/create-services.ts';
import type { SafeHtml } from './html.ts';
import { diffQuery, meetingsPageQuery, pathId, pathPartyCode, searchPageQuery, timelineQuery } from './page-queries.ts';
import { errorPage } from './pages/error-page.ts';
import { meetingPage } from './pages/meeting-page.ts';
import { meetingsPage } from './pages/meetings-page.ts';
import { partyPage } from './pages/party-page.ts';
import { searchPage } from './pages/search-page.ts';
import { signInPage, signOutPage } from './pages/sign-in-page.ts';
import {
  emptyStatementForm, statementFormFields, statementFormPage, type StatementFormField, type StatementFormValues,
} from './pages/statement-form-page.ts';
import { statementPage } from './pages/statement-page.ts';
import { assertMayRead, assertSameOrigin, formField, mayWrite, pageContext, safeNextPath } from './web-request.ts';

export interface WebDeps {
  readonly services: AppServices;
  readonly limits: { readonly maxBodyBytes: number; readonly page: PageLimits };
  readonly readAccess: ReadAccess;
}

/** Most parties offered in a filter or form select. */
const partyChoices = 200;

function send(res: Response, page: SafeHtml, status = 200): void {
  res.status(status).type('html').send(page.value);
}

function parseQuery<T>(schema: z.ZodType<T>, req: Request): T {
  const result = schema.safeParse(req.query);
  if (!result.success) throw toInvalidInput(result.error, 'query');
  return result.data;
}

function notFound(what: string): AppError {
  return new AppError('not-found', `there is no ${what}`);
}

const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

/** The form as typed, every field a string. */
function formValues(body: unknown): StatementFormValues {
  return Object.fromEntries(statementFormFields.map((name) => [name, formField(body, name)])) as StatementFormValues;
}

/** The form's values as the API's NewStatement body: empty optional fields left out, the text kept as pasted. */
function toStatementInput(values: StatementFormValues): Record<string, string> {
  const input: Record<string, string> = { party: values.party.trim(), issuer: values.issuer, language: values.language.trim(), text: values.text };
  if (values.title.trim()) input.title = values.title;
  if (values.sourceUrl.trim()) input.sourceUrl = values.sourceUrl.trim();
  if (values.publishedAt.trim()) input.publishedAt = values.publishedAt.trim();
  return input;
}

/** Field messages of an input error, by form field (the first message of each). */
function fieldErrors(fields: readonly FieldIssue[]): Map<StatementFormField, string> {
  const errors = new Map<StatementFormField, string>();
  for (const issue of fields) {
    const name = issue.pointer.replace(/^#\//u, '').split('/')[0] as StatementFormField;
    if (statementFormFields.includes(name) && !errors.has(name)) errors.set(name, issue.detail);
  }
  return errors;
}

/**
 * The reading room: server-rendered pages over the same services as the API, mounted
 * beside it (not in the OpenAPI document). Forms post urlencoded bodies; writes need a
 * caller with the write scope (the auth middleware reads the key from the cookie the
 * sign-in sets) and a same-origin Origin or Referer.
 */
export function webRouter(deps: WebDeps): express.Router {
  const { services, readAccess } = deps;
  const router = express.Router();
  const forms = express.urlencoded({ extended: false, limit: deps.limits.maxBodyBytes, parameterLimit: 50 });
  const parties = async () => (await services.parties.list({ limit: partyChoices })).items;

  // helmet's no-referrer makes browsers send `Origin: null` on form posts, which would hide
  // a same-site post from assertSameOrigin; same-origin keeps other sites from seeing our URLs.
  router.use((_req, res, next) => {
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
  router.use('/assets', express.static(path.join(__dirname, 'assets'), { fallthrough: false, index: false, maxAge: '1h' }));

  const listMeetings = async (req: Request, res: Response) => {
    const context = pageContext(req, res);
    assertMayRead(context.caller, readAccess);
    const query = parseQuery(meetingsPageQuery(deps.limits.page), req);
    const [page, partyList] = await Promise.all([
      services.meetings.list({ parties: query.party, from: query.from, to: query.to, tags: [], text: query.q }, { limit: query.limit, cursor: query.cursor, sort: query.sort }),
      parties(),
    ]);
    send(res, meetingsPage(context, {
      meetings: page.items, nextCursor: page.nextCursor, parties: partyList,
      filter: { party: query.party, from: day(query.from), to: day(query.to), q: query.q, sort: query.sort, limit: query.limit },
    }));
  };
  router.get('/', listMeetings);
  router.get('/meetings', listMeetings);

  router.get('/meetings/:meetingId', async (req, res) => {
    const context = pageContext(req, res);
    assertMayRead(context.caller, readAccess);
    const id = pathId(req.params.meetingId);
    if (id === undefined) throw notFound(`meeting ${req.params.meetingId}`);
    const { meeting, comparison } = await services.comparisons.forMeeting(id);
    const statements = await services.statements.list({ meetingId: id, parties: [] }, { limit: deps.limits.page.maxSize });
    send(res, meetingPage(context, { meeting, comparison, statements: statements.items }));
  });

  router.get('/statements/:statementId', async (req, res) => {
    const context = pageContext(req, res);
    assertMayRead(context.caller, readAccess);
    const id = pathId(req.params.statementId);
    if (id === undefined) throw notFound(`statement ${req.params.statementId}`);
    const statement = await services.statements.get(id);
    const [meeting, analysis, revisions] = await Promise.all([
      services.meetings.get(statement.meetingId), services.analysis.find(id), services.statements.revisions(id),
    ]);
    const query = parseQuery(diffQuery, req);
    let diff: { from: StatementRevision; to: StatementRevision } | undefined;
    if (query.from !== undefined || query.to !== undefined) {
      const find = (revision: number | undefined, name: 'from' | 'to') => {
        const found = revisions.find((candidate) => candidate.revision === revision);
        if (!found) {
          throw new AppError('invalid-input', `${name} must name a version of this readout`, [
            { in: 'query', pointer: `#/${name}`, detail: `must be a version from 1 to ${revisions.length}, got ${revision === undefined ? 'nothing' : String(revision)}` },
          ]);
        }
        return found;
      };
      diff = { from: find(query.from, 'from'), to: find(query.to, 'to') };
    }
    send(res, statementPage(context, { statement, meeting, analysis, revisions, diff }));
  });

  router.get('/parties/:code', async (req, res) => {
    const context = pageContext(req, res);
    assertMayRead(context.caller, readAccess);
    const code = pathPartyCode(req.params.code);
    if (code === undefined) throw notFound(`party ${req.params.code}`);
    const party = await services.parties.get(code);
    const range = parseQuery(timelineQuery, req);
    const [timeline, meetings] = await Promise.all([
      services.parties.topicTimeline(code, range),
      services.meetings.list({ parties: [code], tags: [] }, { limit: 20 }),
    ]);
    send(res, partyPage(context, { party, timeline, meetings: meetings.items, range: { from: day(range.from), to: day(range.to) } }));
  });

  router.get('/search', async (req, res) => {
    const context = pageContext(req, res);
    assertMayRead(context.caller, readAccess);
    const query = parseQuery(searchPageQuery, req);
    const partyList = await parties();
    const page = query.q === undefined ? null
      : await services.search.statements({ text: query.q, parties: query.party, language: query.language }, { cursor: query.cursor, limit: deps.limits.page.defaultSize });
    send(res, searchPage(context, { query, parties: partyList, hits: page ? page.items : null, nextCursor: page?.nextCursor ?? null }));
  });

  const formMeeting = async (req: Request) => {
    const id = pathId(req.params.meetingId);
    if (id === undefined) throw notFound(`meeting ${String(req.params.meetingId)}`);
    return services.meetings.get(id);
  };

  router.get('/meetings/:meetingId/statements/new', async (req, res) => {
    const context = pageContext(req, res);
    assertMayRead(context.caller, readAccess);
    const meeting = await formMeeting(req);
    send(res, statementFormPage(context, {
      meeting, parties: await parties(), values: emptyStatementForm, errors: new Map(), mayWrite: mayWrite(context.caller),
    }));
  });

  /** Preview and save: same checks, then either the analysis or the stored statement. */
  const statementForm = (mode: 'preview' | 'save') => async (req: Request, res: Response) => {
    const context = pageContext(req, res);
    assertSameOrigin(req);
    const meeting = await formMeeting(req);
    const values = formValues(req.body);
    if (!mayWrite(context.caller)) {
      const partyList = await parties();
      const notice = context.caller.kind === 'key'
        ? `The key “${context.caller.name}” may not add readouts (it has ${context.caller.scopes.join(', ') || 'no'} scope); sign in with a key that has the write scope.`
        : 'Sign in with an API key that has the write scope to add readouts; what you typed is below.';
      send(res, statementFormPage(context, { meeting, parties: partyList, values, errors: new Map(), notice, mayWrite: false }), context.caller.kind === 'key' ? 403 : 401);
      return;
    }
    const parsed = NewStatementBody.safeParse(toStatementInput(values));
    if (!parsed.success) {
      const partyList = await parties();
      send(res, statementFormPage(context, {
        meeting, parties: partyList, values, errors: fieldErrors(toInvalidInput(parsed.error, 'body').fields), mayWrite: true,
      }), 422);
      return;
    }
    try {
      if (mode === 'preview') {
        const preview = await services.analysis.preview({ text: parsed.data.text, language: parsed.data.language, party: parsed.data.party, meetingId: meeting.id });
        send(res, statementFormPage(context, { meeting, parties: await parties(), values, errors: new Map(), preview, mayWrite: true }));
        return;
      }
      const added = await services.statements.add(meeting.id, parsed.data, keyIdOf(context.caller));
      res.redirect(303, `/statements/${added.id}`);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'unknown-party' || error.code === 'invalid-input')) {
        send(res, statementFormPage(context, {
          meeting, parties: await parties(), values, errors: fieldErrors(error.fields), notice: error.fields.length === 0 ? error.message : undefined, mayWrite: true,
        }), problemTable[error.code].status);
        return;
      }
      throw error;
    }
  };
  router.post('/meetings/:meetingId/statements/preview', forms, statementForm('preview'));
  router.post('/meetings/:meetingId/statements/save', forms, statementForm('save'));

  router.get('/sign-in', (req, res) => {
    send(res, signInPage(pageContext(req, res), { next: safeNextPath(req.query.next) }));
  });

  router.post('/sign-in', forms, async (req, res) => {
    const context = pageContext(req, res);
    assertSameOrigin(req);
    const next = safeNextPath(formField(req.body, 'next'));
    const key = formField(req.body, 'key').trim();
    const caller = key === '' ? { kind: 'invalid' as const } : await services.apiKeys.authenticate(key);
    if (caller.kind !== 'key') {
      send(res, signInPage(context, { next, error: key === '' ? 'paste a key' : 'this key is unknown or revoked' }), 401);
      return;
    }
    res.cookie(keyCookie, key, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
    res.redirect(303, next);
  });

  router.get('/sign-out', (req, res) => {
    send(res, signOutPage(pageContext(req, res)));
  });

  router.post('/sign-out', (req, res) => {
    assertSameOrigin(req);
    res.clearCookie(keyCookie, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
    res.redirect(303, '/');
  });

  // Any other page a browser asks for: an HTML 404. API clients (and /v1) keep problem+json.
  router.use((req, _res, next) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !req.path.startsWith('/v1/') && req.accepts(['json', 'html']) === 'html';
    next(isPage ? notFound(`page at ${req.path}`) : undefined);
  });

  router.use(webErrorHandler);
  return router;
}

/** Errors of the reading room as HTML pages with the request id; a 5xx is logged here once, with its stack. */
const webErrorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const staticStatus = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
  const appError = error instanceof AppError ? error
    : staticStatus === 404 ? notFound(`file at ${req.path}`)
      : staticStatus === 413 ? new AppError('payload-too-large', 'the form is larger than the service accepts')
        : staticStatus !== undefined && staticStatus < 500 ? new AppError('invalid-input', 'the form could not be read')
          : new AppError('internal', 'An unexpected error occurred; quote the request id when reporting it.');
  if (!(error instanceof AppError) && appError.code === 'internal') req.log.error({ err: error }, 'request failed');
  const { status, title } = problemTable[appError.code];
  if (appError.code === 'unauthenticated') res.setHeader('WWW-Authenticate', 'Bearer realm="parallax"');
  send(res, errorPage(pageContext(req, res), { status, title, detail: appError.message, fields: appError.fields }), status);
};
