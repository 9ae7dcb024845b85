// `npm run test:pg` needs a PostgreSQL server; say so plainly instead of failing in every file.
if (!/^postgres(ql)?:\/\//u.test(process.env.PARALLAX_TEST_DATABASE_URL ?? '')) {
  console.error('npm run test:pg needs PARALLAX_TEST_DATABASE_URL=postgresql://user@host:port/postgres (a server where the user may CREATE DATABASE);\n.ci/run starts a throwaway one.');
  process.exit(2);
}
