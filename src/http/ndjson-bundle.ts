import { AppError } from '../domain/errors.ts';

/**
 * Turns an NDJSON import (one record a line, for files too large to hand-edit as
 * one JSON document) into the JSON bundle shape the import schema checks:
 *   {"type":"party", "code":"CHN", ...}
 *   {"type":"meeting", "ref":"m1", ...}
 *   {"type":"statement", "meeting":"m1", "party":"CHN", ...}
 * A statement line must come after its meeting's line. Blank lines are skipped.
 * Errors name the 1-based line as `#/line/N`.
 */
export function ndjsonToBundle(text: string): unknown {
  const parties: unknown[] = [];
  const meetings: Record<string, unknown>[] = [];
  const meetingsByRef = new Map<string, unknown[]>();
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '') continue;
    const fail = (code: 'malformed-json' | 'invalid-input', detail: string) => new AppError(code,
      `line ${lineNumber}: ${detail}`, [{ in: 'body', pointer: `#/line/${lineNumber}`, detail }]);
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw fail('malformed-json', 'is not a JSON value');
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw fail('invalid-input', 'must be a JSON object');
    const { type, ...rest } = record as Record<string, unknown>;
    if (type === 'party') {
      parties.push(rest);
    } else if (type === 'meeting') {
      const statements: unknown[] = Array.isArray(rest.statements) ? [...rest.statements] : [];
      meetings.push({ ...rest, statements });
      if (typeof rest.ref === 'string') meetingsByRef.set(rest.ref, statements);
    } else if (type === 'statement') {
      const { meeting, ...statement } = rest;
      const target = typeof meeting === 'string' ? meetingsByRef.get(meeting) : undefined;
      if (!target) throw fail('invalid-input', `"meeting" must be the ref of a meeting line above, got ${JSON.stringify(meeting) ?? 'nothing'}`);
      target.push(statement);
    } else {
      throw fail('invalid-input', `"type" must be party, meeting or statement, got ${JSON.stringify(type) ?? 'nothing'}`);
    }
  }
  return { parties, meetings };
}
