import fs from 'node:fs';
import path from 'node:path';
import { AppError, errorCodes } from '../../src/domain/errors.ts';
import { problemTable, toProblem } from '../../src/http/problem.ts';

describe('problem catalogue', () => {
  it('when compared with the README error table, lists every code with its status', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

    for (const code of errorCodes) {
      expect(readme).toContain(`| \`${code}\` | ${problemTable[code].status} |`);
    }
  });
});

describe('toProblem', () => {
  it('when given an AppError with fields, keeps the code, detail and fields', () => {
    const error = new AppError('invalid-input', '1 body value is invalid', [{ in: 'body', pointer: '#/date', detail: 'bad' }]);

    expect(toProblem(error, '/v1/meetings', 'req-1')).toEqual({
      type: 'urn:parallax:problem:invalid-input', title: 'Request is not valid', status: 422,
      detail: '1 body value is invalid', instance: '/v1/meetings', requestId: 'req-1',
      errors: [{ in: 'body', pointer: '#/date', detail: 'bad' }],
    });
  });

  it('when given any other error, hides its message behind a generic 500', () => {
    const problem = toProblem(new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/db'), '/x', 'req-2');

    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toMatch(/SQLITE|\/srv/);
  });
});
