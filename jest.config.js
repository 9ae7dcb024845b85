// Tests run TypeScript through SWC (type-checking is `npm run typecheck`, run
// before the tests by `npm test`), on a migrated SQLite template copied per file.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  // test/postgres/ needs a PostgreSQL server: `npm run test:pg` (jest.postgres.config.js) runs it.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/postgres/'],
  testTimeout: 30000,
};
