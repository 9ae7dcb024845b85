import type { z } from 'zod';
import { AppError, type FieldIssue, type FieldLocation } from '../domain/errors.ts';

/** RFC 6901 §3: "~" becomes "~0" and "/" becomes "~1" inside a token. */
function toPointer(path: readonly PropertyKey[]): string {
  return `#/${path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message;
}

/** Every issue of a failed parse, as an `invalid-input` error naming each field. */
export function toInvalidInput(error: z.ZodError, location: FieldLocation): AppError {
  const fields: FieldIssue[] = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ in: location, pointer: toPointer([...issue.path, key]), detail: 'is not a known field' }))
      : [{ in: location, pointer: toPointer(issue.path), detail: describe(issue) }]);
  const count = fields.length;
  return new AppError('invalid-input', `${count} ${location} ${count === 1 ? 'value is' : 'values are'} invalid`, fields);
}
