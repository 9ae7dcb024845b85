// The layering of STYLE.md §2, checked in `npm run lint` (so a wrong import fails `npm test`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ is the pure core: no I/O, no framework, no other layer.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/wink-nlp/', '^node_modules/wink-eng-lite-web-model/'] },
    },
    {
      name: 'reports-are-pure',
      comment: 'reports/ renders a model; it never queries or reads a request.',
      severity: 'error',
      from: { path: '^src/reports/' },
      to: { path: ['^src/(db|http|web|services|cli)/', '^node_modules/(express|@prisma)/', '^src/config\\.ts$'] },
    },
    {
      name: 'prisma-stays-in-db',
      comment: 'Prisma types never leave db/.',
      severity: 'error',
      from: { pathNot: ['^src/db/', '^test/', '^prisma', '^src/server\\.ts$'] },
      to: { path: ['^node_modules/@prisma/', '^src/db/generated(-pg)?/'] },
    },
    {
      name: 'http-web-use-services',
      comment: 'http/ and web/ call services, never repositories or the database.',
      severity: 'error',
      from: { path: '^src/(http|web)/' },
      to: { path: '^src/db/' },
    },
    {
      name: 'config-only-at-entry',
      comment: 'Only server.ts, cli/ and tests read config.ts; everyone else gets values as arguments.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/server\\.ts$', '^src/cli/', '^src/config\\.ts$'] },
      to: { path: '^src/config\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/db/generated(-pg)?/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
