// `npm run test:pg`: the HTTP and reading-room suites, the service, dialect, search and
// command-line tests and test/postgres/ (several instances on one database) against the
// PostgreSQL server
// PARALLAX_TEST_DATABASE_URL names (one database per test file, copied from a migrated
// template). The pure core does not touch a database, so it runs once, in `npm test`.
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: [
    '<rootDir>/test/http/**/*.test.ts', '<rootDir>/test/web/web-router.test.ts', '<rootDir>/test/web/read-access.test.ts',
    '<rootDir>/test/services/**/*.test.ts', '<rootDir>/test/db/dialect.test.ts', '<rootDir>/test/db/statement-search.test.ts',
    '<rootDir>/test/cli/**/*.test.ts',
    '<rootDir>/test/postgres/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/'],
};
